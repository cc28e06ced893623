package ad.cass.online.reports.letters;

import ad.cass.online.domain.person.Coverage;
import ad.cass.online.domain.person.InsuredType;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.reports.Verification;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * "El certificat de cobertura sanitària d'un assegurat" (seeds 001 and 002, "El certificats següents"): CASS certifies
 * the person's health coverage as it stands on the day of issue (seed 000 §2.2.1, "la situació de la cobertura
 * sanitària"), whatever it is. A suspended or absent coverage is certified as such, since a certificate of no
 * coverage is one too.
 *
 * <p>Decisions where the seeds are silent: a covered person's paragraph says on what title, as the glossary's insured
 * types do (a direct insured person, or a dependant of the holder named by CASS number, as the person record knows
 * only the number); the day coverage began or changed is given when CASS has it ({@code since}), and left out when it
 * does not; how long the certificate is valid is the caller's ({@code validUntil}).
 */
public record HealthCoverageCertificate(Person person, Coverage coverage, Instant issuedAt, LocalDate validUntil,
                                        Verification verification, Language language) {
    public HealthCoverageCertificate {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(coverage.status(), "coverage status");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(language, "language");
        if (!person.cassNumber().equals(coverage.subject())) {
            throw new IllegalArgumentException("the coverage of " + coverage.subject() + " is not " + person.cassNumber() + "'s");
        }
    }

    /** The letter, in {@code language}. */
    public CertificateLetter letter() {
        LetterTexts texts = LetterTexts.of(language);
        Map<String, String> values = new HashMap<>(PersonBlock.names(person));
        if (coverage.since() != null) {
            values.put("since", LetterTexts.date(coverage.since()));
        }
        values.put("insured", person.type() == InsuredType.DIRECT ? texts.get("insured.DIRECT")
                : texts.fill("insured.INDIRECT", Map.of("holder", person.holder().value())));
        String key = "health." + coverage.status() + (coverage.since() == null ? ".undated" : "");
        return new CertificateLetter(language, texts.get("title.health"), PersonBlock.of(person, texts),
                List.of(texts.fill(key, values), texts.get("health.asOf")), issuedAt, validUntil, verification);
    }

    /** Writes the certificate as a PDF to {@code out}, which is left open. */
    public void write(OutputStream out) {
        letter().write(out);
    }
}
