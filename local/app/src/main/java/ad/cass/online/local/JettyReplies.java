package ad.cass.online.local;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Writes an {@link HttpReply} on a Jetty response, in one write that completes the exchange. */
final class JettyReplies {
    private JettyReplies() {
    }

    static void send(HttpReply reply, String requestId, Response response, Callback callback) {
        response.setStatus(reply.status());
        reply.headers().forEach((name, value) -> response.getHeaders().put(name, value));
        reply.cookies().forEach(cookie -> response.getHeaders().add(HttpHeader.SET_COOKIE, cookie));
        response.getHeaders().put("Apigw-Requestid", requestId);
        boolean bodiless = reply.status() == 204 || reply.status() == 304;
        boolean empty = bodiless || reply.body().length == 0;
        if (!bodiless) {
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, empty ? 0 : reply.body().length);
        }
        response.write(true, empty ? null : ByteBuffer.wrap(reply.body()), callback);
    }
}
