package ad.cass.online.domain.person;

import java.time.LocalDate;

/** Whether CASS covers the person's health care, and since when (seed 000 §2.2.1, "situació de cobertura"). */
public record Coverage(CassNumber subject, Status status, LocalDate since) {
    public enum Status { COVERED, SUSPENDED, NOT_COVERED }
}
