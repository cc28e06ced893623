package ad.cass.online.aws;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * SDK clients a function builds on first use, not in its constructor: a route that never touches S3 (a personal
 * file, a status) does not load and build S3's client and presigner at cold start (issue 23's bench: about 0.1 s of
 * init for the pair). SnapStart's priming builds every one of them before the snapshot ({@link Priming}), so a
 * container restored from it has them ready, as if built at init.
 */
public final class DeferredClients {
    /**
     * Weakly: on Lambda one function lives per JVM, but the local runtime and the tests build many in one, and a
     * client kept here would outlive the function that made it.
     */
    private static final List<WeakReference<Lazy<?>>> DEFERRED = new CopyOnWriteArrayList<>();

    private DeferredClients() {
    }

    /** The client {@code build} makes, built once, on the first {@code get()}. */
    public static <T> Supplier<T> of(Supplier<T> build) {
        Lazy<T> client = new Lazy<>(build);
        DEFERRED.removeIf(r -> r.get() == null);
        DEFERRED.add(new WeakReference<>(client));
        return client;
    }

    /** Builds those not built yet: SnapStart's priming, before the snapshot. */
    static void buildAll() {
        for (WeakReference<Lazy<?>> deferred : DEFERRED) {
            Lazy<?> client = deferred.get();
            if (client != null) {
                client.get();
            }
        }
    }
}
