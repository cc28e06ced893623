package ad.cass.online.domain.procedures;

import ad.cass.online.domain.person.CassNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A procedure filed with CASS (seed 000, §2.1.2): reference code (TA…), type, start date, last update,
 * status and its documents. {@code professional} marks procedures about professional activity, which a
 * holder may not see for a dependant (seed 000, §1.1).
 */
public record Procedure(CassNumber subject, String code, String type, LocalDate startDate, Instant modifiedAt,
                        ProcedureStatus status, boolean professional, List<ProcedureDocument> documents) {
    public Procedure {
        documents = List.copyOf(documents);
    }
}
