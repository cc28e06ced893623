package ad.cass.online.domain.dependants;

import java.util.List;
import java.util.Objects;

/** The answer to an admissible registration: the papers to bring, and those to bring again later (seed 004). */
public record Checklist(DependantCategory category, List<RequiredDocument> documents, List<Renewal> renewals) {

    public Checklist {
        Objects.requireNonNull(category, "category");
        documents = List.copyOf(documents);
        renewals = List.copyOf(renewals);
    }
}
