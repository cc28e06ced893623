package ad.cass.online.aws.http;

import ad.cass.online.domain.format.CatalanFormat;

/**
 * Old-age points as the API gives them (openapi.yaml, Points): exact in thousandths for programs, and as the portal
 * writes them in Catalan ({@code 4.512,337}).
 */
public record PointsView(long thousandths, String text) {
    public static PointsView of(long thousandths) {
        return new PointsView(thousandths, CatalanFormat.thousandths(thousandths));
    }
}
