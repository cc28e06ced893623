package ad.cass.online.reports.letters;

import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.reports.Field;
import ad.cass.online.reports.Verification;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A certificate CASS issues (issue 20), as a letter on A4: the header band, the title, the person it is about, the
 * certifying paragraphs, then what every certificate ends with (the formula, "Andorra la Vella, 30 de novembre de
 * 2026", "Vàlid fins al 31/12/2026", how to check it) and, on every page, the verification code and its QR code.
 * Written in {@code language}; the words that are not the certificate's own come from {@code texts.tsv}.
 *
 * <p>No signature is drawn: the PDF is sealed afterwards with an invisible signature.
 *
 * @param person     the person block, label and value, e.g. name, CASS number, date of birth
 * @param paragraphs what CASS certifies, one paragraph each, already in {@code language}
 * @param validUntil the last day the certificate is valid, not before the day it is issued (Andorra)
 */
public record CertificateLetter(Language language, String title, List<Field> person, List<String> paragraphs,
                                Instant issuedAt, LocalDate validUntil, Verification verification) {
    public CertificateLetter {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        person = List.copyOf(person);
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(verification, "verification: a certificate is always issued as proof");
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("a certificate certifies something");
        }
        if (validUntil.isBefore(issueDay(issuedAt))) {
            throw new IllegalArgumentException("a certificate valid until " + validUntil + " is issued expired");
        }
    }

    /** Writes the letter as a PDF to {@code out}, which is left open (an upload's stream, a response body). */
    public void write(OutputStream out) {
        LetterPdf.write(this, out);
    }

    /** The day it is issued, in Andorra: the date the letter is signed on. */
    public LocalDate issueDay() {
        return issueDay(issuedAt);
    }

    static LocalDate issueDay(Instant issuedAt) {
        return issuedAt.atZone(CatalanFormat.ANDORRA).toLocalDate();
    }
}
