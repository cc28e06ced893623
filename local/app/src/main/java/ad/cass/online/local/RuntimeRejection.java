package ad.cass.online.local;

import ad.cass.online.aws.http.Problem;
import ad.cass.online.aws.http.ProblemKind;
import ad.cass.online.aws.http.ProblemType;
import ad.cass.online.domain.error.Unavailable;

/** The problem document for a status the runtime itself answers with, whoever raised it (Jetty or us). */
final class RuntimeRejection {
    private RuntimeRejection() {
    }

    /**
     * @param status    the status Jetty or the runtime chose
     * @param reference the request id, quoted in a 500 so the log line can be found
     */
    static Problem of(int status, String reference) {
        return switch (status) {
            case 400 -> problem(RuntimeProblemType.MALFORMED_REQUEST,
                    "La petició no està ben formada (adreça, paràmetres o capçaleres).");
            case 404 -> problem(ProblemType.NOT_FOUND, "Aquesta adreça no existeix.");
            case 408 -> problem(RuntimeProblemType.REQUEST_TIMEOUT, "La petició no ha arribat sencera a temps.");
            case 413 -> new Problem(ProblemType.PAYLOAD_TOO_LARGE,
                    "El cos de la petició supera la mida màxima permesa.", "body");
            case 414 -> problem(RuntimeProblemType.URI_TOO_LONG, "L'adreça de la petició és massa llarga.");
            case 431 -> problem(RuntimeProblemType.HEADERS_TOO_LARGE,
                    "La petició porta massa capçaleres o capçaleres massa grans.");
            case 503 -> problem(ProblemType.SERVICE_UNAVAILABLE, Unavailable.TRY_AGAIN);
            // Jetty's word for an unknown transfer coding or HTTP version: the request is what is wrong
            case 501, 505 -> of(400, reference);
            // any other refusal of the client's request is a malformed request; any other 5xx is ours
            default -> status < 500 ? of(400, reference) : problem(ProblemType.INTERNAL,
                    "S'ha produït un error inesperat. Si es repeteix, contacteu amb la CASS indicant la referència "
                            + reference + ".");
        };
    }

    private static Problem problem(ProblemKind kind, String detail) {
        return new Problem(kind, detail, null);
    }
}
