package ad.cass.online.reports;

import ad.cass.online.domain.settings.Language;
import java.util.Objects;

/**
 * The fixed words of a document, in the reader's language. {@code pageOf} has {@code {0}} for the page and
 * {@code {1}} for the page count, MessageFormat-style; only those two are replaced, and the rest is taken
 * literally, so an apostrophe ("pàgina {0} d'un total de {1}") needs no MessageFormat quoting.
 * {@code verificationCode} labels the code of a verified document (issue 20).
 */
public record ReportLabels(String institution, String issuedOn, String pageOf, String total, String noRows,
                           String verificationCode) {
    static final String CODI_DE_VERIFICACIO = "Codi de verificació";

    public static final ReportLabels CATALAN = new ReportLabels("Caixa Andorrana de Seguretat Social",
            "Data d'emissió", "pàgina {0} de {1}", "Total", "No hi ha cap registre amb aquests criteris.",
            CODI_DE_VERIFICACIO);

    public ReportLabels {
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(pageOf, "pageOf");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(noRows, "noRows");
        Objects.requireNonNull(verificationCode, "verificationCode");
    }

    /**
     * The labels as they were before documents were verified: the code, should one of these documents carry it, is
     * labelled in Catalan, the portal's first language, like CASS's verification page.
     */
    public ReportLabels(String institution, String issuedOn, String pageOf, String total, String noRows) {
        this(institution, issuedOn, pageOf, total, noRows, CODI_DE_VERIFICACIO);
    }

    /**
     * The labels in the reader's language (issue 20's certificates are issued in the portal's four): the institution
     * keeps its own name in every language, as it signs; Catalan is {@link #CATALAN} itself.
     */
    public static ReportLabels of(Language language) {
        return switch (language) {
            case CA -> CATALAN;
            case ES -> new ReportLabels(CATALAN.institution(), "Fecha de emisión", "página {0} de {1}", "Total",
                    "No hay ningún registro con estos criterios.", "Código de verificación");
            case FR -> new ReportLabels(CATALAN.institution(), "Date d'émission", "page {0} sur {1}", "Total",
                    "Aucun enregistrement ne correspond à ces critères.", "Code de vérification");
            case EN -> new ReportLabels(CATALAN.institution(), "Date of issue", "page {0} of {1}", "Total",
                    "There are no records matching these criteria.", "Verification code");
        };
    }

    /** {@code pageOf} with both numbers, e.g. {@code pàgina 2 de 7}. */
    public String pageOf(int page, int pages) {
        return pageOf.replace("{0}", Integer.toString(page)).replace("{1}", Integer.toString(pages));
    }
}
