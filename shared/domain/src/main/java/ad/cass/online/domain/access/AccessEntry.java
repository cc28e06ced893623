package ad.cass.online.domain.access;

import ad.cass.online.domain.person.CassNumber;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * One read or write of a person's data, as the access guard let it through (issue 17, "access log"): whose
 * data, who touched it and in which capacity, which categories, when. The route and the correlation id are
 * added by the adapter, which knows the request.
 */
public record AccessEntry(CassNumber subject, CassNumber actor, Capacity capacity, Set<DataCategory> categories,
                          Operation operation, Instant at) {
    /** In which capacity the actor reached the data. */
    public enum Capacity {
        /** the person themselves */
        SELF,
        /** the direct insured person, acting for a dependant in their charge (seed 000 §1.1) */
        HOLDER,
        /** a session acting as a declarant (self-employed, household employer; seed 002) */
        DECLARANT
    }

    public enum Operation { READ, WRITE }

    public AccessEntry {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(actor, "actor");
        categories = Set.copyOf(categories);
    }
}
