package ad.cass.online.domain.home;

import ad.cass.online.domain.person.CassNumber;
import java.time.LocalDate;

/** The home page's read of one person's records, in one round trip. Access is checked before calling. */
public interface HomeStore {
    /**
     * @param sheetsSince  the benefit sheets whose first act is on or after this day
     * @param professional whether income and old-age points are read at all (not for a dependant)
     */
    HomeRecords read(CassNumber subject, LocalDate sheetsSince, boolean professional);
}
