package ad.cass.online.domain.travel;

import ad.cass.online.domain.person.CassNumber;
import java.time.LocalDate;

/**
 * A travel form for urgent care in a convention country (formulari de desplaçament, seed 000 §2.1.1): the
 * home page shows the ones active on the day the person signs in.
 */
public record TravelForm(CassNumber subject, String id, String country, LocalDate validFrom, LocalDate validTo) {
    public boolean activeOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }
}
