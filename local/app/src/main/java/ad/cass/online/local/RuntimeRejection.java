package ad.cass.online.local;

import ad.cass.online.aws.http.Problem;
import ad.cass.online.aws.http.ProblemType;
import ad.cass.online.domain.error.Unavailable;
import ad.cass.online.domain.text.Text;

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
            case 400 -> new Problem(RuntimeProblemType.MALFORMED_REQUEST,
                    "La petició no està ben formada (adreça, paràmetres o capçaleres).", null);
            case 404 -> new Problem(ProblemType.NOT_FOUND, "Aquesta adreça no existeix.", null);
            case 408 -> new Problem(RuntimeProblemType.REQUEST_TIMEOUT, "La petició no ha arribat sencera a temps.", null);
            case 413 -> new Problem(ProblemType.PAYLOAD_TOO_LARGE,
                    "El cos de la petició supera la mida màxima permesa.", "body");
            case 414 -> new Problem(RuntimeProblemType.URI_TOO_LONG, "L'adreça de la petició és massa llarga.", null);
            case 431 -> new Problem(RuntimeProblemType.HEADERS_TOO_LARGE,
                    "La petició porta massa capçaleres o capçaleres massa grans.", null);
            case 503 -> new Problem(ProblemType.SERVICE_UNAVAILABLE, Unavailable.TRY_AGAIN, null);
            // Jetty's word for an unknown transfer coding or HTTP version: the request is what is wrong
            case 501, 505 -> of(400, reference);
            // any other refusal of the client's request is a malformed request; any other 5xx is ours
            default -> status < 500 ? of(400, reference) : new Problem(ProblemType.INTERNAL, Text.of(
                    "S'ha produït un error inesperat. Si es repeteix, contacteu amb la CASS indicant la referència {0}.",
                    reference), null);
        };
    }
}
