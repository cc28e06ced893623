package ad.cass.online.domain.benefits;

import ad.cass.online.domain.person.CassNumber;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A temporary suspension of the employment contract or a reduction of working hours (seeds 001/002, "El detall
 * assegurat suspensió temporal contracte treball/reducció jornada laboral"): the declarant, the kind, the period, the
 * share of the working day reduced, and what CASS paid for it.
 *
 * @param reductionPercent 100 for a suspension; the share of the day for a reduction
 * @param to               null while it lasts
 */
public record WorkSuspension(CassNumber subject, String declarantNumber, String declarantName, Kind kind, LocalDate from,
                             LocalDate to, int reductionPercent, long benefitPaidCents) {
    public WorkSuspension {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        if (reductionPercent < 1 || reductionPercent > 100 || (kind == Kind.SUSPENSION && reductionPercent != 100)) {
            throw new IllegalArgumentException("a suspension is 100 %, a reduction 1 to 99 %");
        }
    }

    public enum Kind { SUSPENSION, REDUCED_HOURS }
}
