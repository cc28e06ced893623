package ad.cass.online.local;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.thread.Invocable.InvocationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty's side of the local API: reads the whole body without holding a thread, then answers the cheap
 * paths at once and hands anything that runs a function to the bounded pool of workers. What it refuses
 * goes through {@code Response.writeError}, so {@link ProblemErrorHandler} words it.
 */
final class GatewayHandler extends Handler.Abstract {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayHandler.class);
    private final ApiGateway gateway;
    private final ExecutorService workers;
    private final int maxHeaderFields;

    GatewayHandler(ApiGateway gateway, ExecutorService workers, int maxHeaderFields) {
        this.gateway = gateway;
        this.workers = workers;
        this.maxHeaderFields = maxHeaderFields;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (request.getHeaders().size() > maxHeaderFields) {
            Response.writeError(request, response, callback, 431);
            return true;
        }
        // The idle timeout is for the client: it still fails a body that stops coming (a read is then
        // pending) but no longer cuts a function short once it runs; the template's Timeout does that.
        request.addIdleTimeoutListener(idle -> false);
        // Without a thread while the body comes in; BLOCKING so that Jetty calls back on a pool thread, never
        // on its selector, since the cheap paths are answered right there.
        Content.Source.asByteArrayAsync(request, -1, Promise.Invocable.from(InvocationType.BLOCKING, (body, failure) -> {
            if (failure != null) {
                Response.writeError(request, response, callback, status(failure), null, failure);
            } else {
                guarded(request, response, callback, () -> dispatch(call(request, body), request, response, callback));
            }
        }));
        return true;
    }

    private void dispatch(HttpCall call, Request request, Response response, Callback callback) {
        if (!gateway.runsAFunction(call.method(), call.rawPath())) {
            JettyReplies.send(gateway.answer(call), call.requestId(), response, callback);
            return;
        }
        try {
            workers.execute(() -> guarded(request, response, callback,
                    () -> JettyReplies.send(gateway.answer(call), call.requestId(), response, callback)));
        } catch (RejectedExecutionException busy) {
            Response.writeError(request, response, callback, 503);
        }
    }

    /** Whatever goes wrong, the exchange ends: with the idle timeout set aside, nothing else would end it. */
    private static void guarded(Request request, Response response, Callback callback, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.error("local API failure", e);
            Response.writeError(request, response, callback, e);
        }
    }

    /** 413 from the size limit, 408 when the body stalled past the idle timeout, else a broken request. */
    private static int status(Throwable failure) {
        if (failure instanceof HttpException http) {
            return http.getCode();
        }
        return failure instanceof TimeoutException ? 408 : 400;
    }

    private static HttpCall call(Request request, byte[] body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.computeIfAbsent(field.getName().toLowerCase(Locale.ROOT), name -> new ArrayList<>()).add(field.getValue());
        }
        String query = request.getHttpURI().getQuery();
        return new HttpCall(RequestIds.next(), request.getMethod().toUpperCase(Locale.ROOT), request.getHttpURI().getPath(),
                query == null ? "" : query, headers, Request.getRemoteAddr(request),
                request.getConnectionMetaData().getHttpVersion().asString(),
                "127.0.0.1:" + Request.getLocalPort(request), body);
    }
}
