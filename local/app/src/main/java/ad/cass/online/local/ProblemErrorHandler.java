package ad.cass.online.local;

import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Every error Jetty raises, from an unparsable request line to a body that never came, and every one the
 * runtime raises through {@code Response.writeError}, answered as an RFC 9457 problem document: never
 * Jetty's HTML page, never a stack trace, whatever the request's method or Accept header.
 */
final class ProblemErrorHandler extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String requestId = RequestIds.next();
        HttpReply reply = HttpReply.problem(RuntimeRejection.of(status(request, response), requestId), instance(request), requestId,
                acceptLanguage(request));
        JettyReplies.send(reply, requestId, response, callback);
        return true;
    }

    private static int status(Request request, Response response) {
        Object cause = request.getAttribute(ERROR_EXCEPTION);
        if (cause instanceof HttpException http) {
            return http.getCode();
        }
        if (cause instanceof TimeoutException) {
            return 408;
        }
        return response.getStatus();
    }

    /** None when Jetty could not read the headers. */
    private static String acceptLanguage(Request request) {
        return request.getHeaders() == null ? null : request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE);
    }

    /** The raw path, unless Jetty could not even read the request line (it then names it "/badMessage"). */
    private static String instance(Request request) {
        if ("BAD".equals(request.getMethod()) || request.getHttpURI() == null) {
            return null;
        }
        return request.getHttpURI().getPath();
    }
}
