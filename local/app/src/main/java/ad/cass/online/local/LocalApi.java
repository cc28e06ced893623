package ad.cass.online.local;

import ad.cass.online.local.engines.MailOutbox;
import ad.cass.online.local.engines.SamTemplate;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The local API on 127.0.0.1: {@link ApiGateway} served by Jetty (core handlers, no servlets) within
 * {@link HttpLimits}. Whatever the runtime refuses is an RFC 9457 problem ({@link ProblemErrorHandler}).
 */
public final class LocalApi implements AutoCloseable {
    private final ApiGateway gateway;
    private final ThreadPoolExecutor workers;
    private final Server server;
    private final ServerConnector connector;

    /** @param openApiFile openapi.yaml, served as {@code /openapi.json} and behind {@code /docs} */
    public LocalApi(FunctionHost host, MailOutbox outbox, Path openApiFile, int port) throws IOException {
        this(host, outbox, openApiFile, port, HttpLimits.DEFAULT);
    }

    public LocalApi(FunctionHost host, MailOutbox outbox, Path openApiFile, int port, HttpLimits limits) throws IOException {
        this.gateway = new ApiGateway(host, outbox, new ApiDocs(openApiFile));
        this.workers = workers(limits);
        this.server = new Server(ioThreads(limits));
        this.connector = connector(server, port, limits);
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(limits.maxConnections(), connector));
        server.setErrorHandler(new ProblemErrorHandler());
        // the size limit first: a body announced too large is refused before a byte of it is read
        SizeLimitHandler sizeLimit = new SizeLimitHandler(limits.maxBodyBytes(), -1);
        sizeLimit.setHandler(new GatewayHandler(gateway, workers, limits.maxHeaderFields()));
        server.setHandler(sizeLimit);
        try {
            server.start();
        } catch (Exception e) {
            close();
            throw e instanceof IOException bindFailure ? bindFailure : new IOException("the local API did not start on port " + port, e);
        }
    }

    /** A fixed pool with a bounded queue: past it, {@link GatewayHandler} answers 503 with Retry-After. */
    private static ThreadPoolExecutor workers(HttpLimits limits) {
        return new ThreadPoolExecutor(limits.workers(), limits.workers(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(limits.workQueue()), runnable -> {
                    Thread thread = new Thread(runnable, "local-api-worker");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    private static QueuedThreadPool ioThreads(HttpLimits limits) {
        QueuedThreadPool io = new QueuedThreadPool(limits.ioThreads(), 2);
        io.setName("local-api-io");
        io.setDaemon(true);
        return io;
    }

    /** HTTP/1.1 on the loopback interface only, with the header limit and the idle timeout. */
    private static ServerConnector connector(Server server, int port, HttpLimits limits) {
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(limits.maxHeaderBytes());
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
        connector.setPort(port);
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        return connector;
    }

    public int port() {
        return connector.getLocalPort();
    }

    public List<SamTemplate.Route> routes() {
        return gateway.routes();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            // closing anyway
        } finally {
            workers.shutdownNow();
        }
    }
}
