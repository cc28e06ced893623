package ad.cass.online.domain.extracts;

import ad.cass.online.domain.contributions.ExtractPeriod;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.settings.Language;
import java.time.Instant;
import java.util.Objects;

/**
 * A document a person asked for (issue 20) and where its generation stands: PENDING until the generator has it in
 * the bucket, then READY with its object, its SHA-256 and the time; or FAILED with why, for the person to ask again.
 *
 * @param id               drawn from the request's Idempotency-Key: the same key, the same request
 * @param verificationCode printed on every page; the key of the public check ({@code GET /verify/{code}})
 * @param attempts         generations tried: the generator gives up after a few and says so
 * @param documentKey      null until READY
 * @param sha256           hex, null until READY
 * @param failure          in Catalan, null unless FAILED
 * @param language         the document's language: the requester's setting when they asked (issue 20, Catalan by
 *                         default), so a retried generation writes the same words
 */
public record ExtractRequest(CassNumber subject, String id, ExtractType type, ExtractPeriod period, ExtractFormat format,
                             ExtractState state, Instant requestedAt, CassNumber requestedBy, String verificationCode,
                             int attempts, Instant finishedAt, String documentKey, String sha256, String failure,
                             Language language) {
    public ExtractRequest {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(verificationCode, "verificationCode");
        language = language == null ? Language.CA : language;
    }

    public static ExtractRequest pending(CassNumber subject, String id, ExtractType type, ExtractPeriod period, ExtractFormat format,
                                         Instant at, CassNumber by, String verificationCode, Language language) {
        return new ExtractRequest(subject, id, type, period, format, ExtractState.PENDING, at, by, verificationCode, 0, null,
                null, null, null, language);
    }

    /** One more attempt begun. */
    public ExtractRequest attempted() {
        return new ExtractRequest(subject, id, type, period, format, state, requestedAt, requestedBy, verificationCode,
                attempts + 1, finishedAt, documentKey, sha256, failure, language);
    }

    public ExtractRequest ready(String key, String sha, Instant at) {
        return new ExtractRequest(subject, id, type, period, format, ExtractState.READY, requestedAt, requestedBy, verificationCode,
                attempts, at, key, sha, null, language);
    }

    public ExtractRequest failed(String why, Instant at) {
        return new ExtractRequest(subject, id, type, period, format, ExtractState.FAILED, requestedAt, requestedBy,
                verificationCode, attempts, at, null, null, why, language);
    }

    /** What the browser saves it as: {@code extracte-de-punts-de-vellesa-100001A-20261130.pdf}. */
    public String fileName() {
        String slug = java.text.Normalizer.normalize(type.title().toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug + "-" + subject.value() + "-" + requestedAt.atZone(ad.cass.online.domain.format.CatalanFormat.ANDORRA)
                .toLocalDate().toString().replace("-", "") + "." + format.code();
    }
}
