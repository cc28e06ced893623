package ad.cass.online.reports;

import java.util.Objects;

/**
 * The fixed words of a document, in the reader's language. {@code pageOf} has {@code {0}} for the page and
 * {@code {1}} for the page count, MessageFormat-style; only those two are replaced, and the rest is taken
 * literally, so an apostrophe ("pàgina {0} d'un total de {1}") needs no MessageFormat quoting.
 */
public record ReportLabels(String institution, String issuedOn, String pageOf, String total, String noRows) {
    public static final ReportLabels CATALAN = new ReportLabels("Caixa Andorrana de Seguretat Social",
            "Data d'emissió", "pàgina {0} de {1}", "Total", "No hi ha cap registre amb aquests criteris.");

    public ReportLabels {
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(pageOf, "pageOf");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(noRows, "noRows");
    }

    /** {@code pageOf} with both numbers, e.g. {@code pàgina 2 de 7}. */
    public String pageOf(int page, int pages) {
        return pageOf.replace("{0}", Integer.toString(page)).replace("{1}", Integer.toString(pages));
    }
}
