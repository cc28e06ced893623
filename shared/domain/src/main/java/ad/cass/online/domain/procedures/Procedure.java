package ad.cass.online.domain.procedures;

import ad.cass.online.domain.person.CassNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A procedure filed with CASS (seed 000, §2.1.2): reference code (TA…), type, start date, last update,
 * status, its documents and, for one the person filed through the portal, what they filled in ({@code fields},
 * as {@link RequestForm} names them). {@code professional} marks procedures about professional activity, which a
 * holder may not see for a dependant (seed 000, §1.1).
 */
public record Procedure(CassNumber subject, String code, String type, LocalDate startDate, Instant modifiedAt,
                        ProcedureStatus status, boolean professional, List<ProcedureDocument> documents,
                        Map<String, String> fields) {
    public Procedure {
        documents = List.copyOf(documents);
        fields = java.util.Collections.unmodifiableMap(new TreeMap<>(fields));
    }

    /** One CASS opened, or one filed with nothing to fill in. */
    public Procedure(CassNumber subject, String code, String type, LocalDate startDate, Instant modifiedAt,
                     ProcedureStatus status, boolean professional, List<ProcedureDocument> documents) {
        this(subject, code, type, startDate, modifiedAt, status, professional, documents, Map.of());
    }

    /** This procedure as a change left it. */
    public Procedure changed(Instant at, ProcedureStatus newStatus, List<ProcedureDocument> newDocuments, Map<String, String> newFields) {
        return new Procedure(subject, code, type, startDate, at, newStatus, professional, newDocuments, newFields);
    }

    /** Whether every document the person has to bring is there (seed 000 §2.1.2, "documentació obligatòria"). */
    public boolean mandatoryDocumentsPresent() {
        return documents.stream().filter(d -> d.role() == DocumentRole.MANDATORY).allMatch(ProcedureDocument::available);
    }
}
