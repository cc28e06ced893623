package ad.cass.online.local;

import java.time.Duration;

/**
 * What the local API accepts and how much work it takes on at once. A client that stalls, floods or
 * oversends is answered or dropped by the transport and never ties up a thread that runs functions.
 *
 * @param idleTimeout     how long a connection may send nothing while the runtime waits for its request
 * @param ioThreads       Jetty's threads: they parse, read bodies without blocking, and hand work on
 * @param maxConnections  open connections; beyond it Jetty stops accepting until one closes
 * @param workers         threads that run functions (blocking, up to each function's Timeout)
 * @param workQueue       requests waiting for a worker; beyond it the answer is 503 with Retry-After
 * @param maxHeaderBytes  request line plus headers; beyond it 431 (or 414 for a long request line)
 * @param maxHeaderFields header lines; beyond it 431
 * @param maxBodyBytes    request body; beyond it 413
 */
public record HttpLimits(Duration idleTimeout, int ioThreads, int maxConnections, int workers, int workQueue,
                         int maxHeaderBytes, int maxHeaderFields, int maxBodyBytes) {

    public static final HttpLimits DEFAULT = new HttpLimits(
            // Over loopback a live client never pauses this long; a stalled one is dropped soon after. While a
            // function runs the idle timeout does not apply: its template Timeout does, as on Lambda.
            Duration.ofSeconds(5),
            // I/O threads never wait on a function, so a few serve many connections (2 of them are Jetty's
            // acceptor and selector). Their queue stays unbounded, as Jetty asks (a refused task of its own
            // would leave a connection hanging); capping connections bounds it instead.
            16, 512,
            // 8 functions at once, as before; a page firing a handful of calls in parallel queues briefly,
            // a flood gets 503 + Retry-After as API Gateway's throttling would answer.
            8, 64,
            // API Gateway's HTTP API quota: 10,240 bytes for the request line and headers.
            10 * 1024,
            // a browser sends about 20 headers; 100 leaves room for proxies without inviting a flood
            100,
            // API Gateway's payload quota (10 MB); the functions' own MAX_BODY_BYTES is far lower still
            10 * 1024 * 1024);
}
