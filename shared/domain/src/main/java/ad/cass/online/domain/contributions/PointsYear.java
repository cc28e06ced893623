package ad.cass.online.domain.contributions;

import ad.cass.online.domain.person.CassNumber;

/** Old-age points earned in one year (seed 000, §2.2.1 "punts de vellesa"), kept in thousandths of a point. */
public record PointsYear(CassNumber subject, int year, long pointsThousandths) {
}
