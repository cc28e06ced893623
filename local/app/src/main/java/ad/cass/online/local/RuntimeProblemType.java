package ad.cass.online.local;

import ad.cass.online.aws.http.ProblemKind;
import ad.cass.online.aws.http.ProblemType;

/**
 * Problem types only the local runtime answers: what API Gateway refuses itself, before any function
 * runs. The API's own types (ProblemType) cover the rest. Same URI convention, Catalan titles translated in
 * texts.tsv.
 */
enum RuntimeProblemType implements ProblemKind {
    MALFORMED_REQUEST("malformed-request", 400, "Petició mal formada"),
    REQUEST_TIMEOUT("request-timeout", 408, "Petició incompleta"),
    URI_TOO_LONG("uri-too-long", 414, "Adreça massa llarga"),
    HEADERS_TOO_LARGE("headers-too-large", 431, "Capçaleres massa grans");

    private final String slug;
    private final int status;
    private final String title;

    RuntimeProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    @Override
    public String uri() {
        return ProblemType.BASE + slug;
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
