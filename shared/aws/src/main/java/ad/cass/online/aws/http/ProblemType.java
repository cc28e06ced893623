package ad.cass.online.aws.http;

/**
 * The stable problem types of the API (RFC 9457). The URI never changes once published; the title is what the
 * portal shows as a heading, written here in Catalan and answered in the reader's language (texts.tsv, issue 17).
 */
public enum ProblemType implements ProblemKind {
    INVALID_INPUT("invalid-input", 400, "Petició no vàlida"),
    UNAUTHENTICATED("unauthenticated", 401, "Cal identificar-se"),
    FORBIDDEN("forbidden", 403, "Accés no permès"),
    NOT_FOUND("not-found", 404, "No s'ha trobat"),
    CONFLICT("conflict", 409, "Conflicte amb l'estat actual"),
    LINK_EXPIRED("link-expired", 410, "Enllaç caducat"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Petició massa gran"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Format no admès"),
    TOO_MANY_REQUESTS("too-many-requests", 429, "Massa peticions"),
    SERVICE_UNAVAILABLE("service-unavailable", 503, "Servei no disponible temporalment"),
    INTERNAL("internal", 500, "Error intern");

    public static final String BASE = "https://online.cass.ad/problems/";

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    @Override
    public String uri() {
        return BASE + slug;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }
}
