package ad.cass.online.aws;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SnapStart priming: before Lambda takes the snapshot, run the function's hot path once so the classes
 * it loads and the code the JIT compiles are already in the snapshot. Outside SnapStart (locally, in
 * tests, on a plain Lambda) the hook is registered and simply never called.
 */
public final class Priming implements Resource {
    private static final Logger LOG = LoggerFactory.getLogger(Priming.class);
    private static volatile boolean underway;
    private final Runnable hotPath;

    private Priming(Runnable hotPath) {
        this.hotPath = hotPath;
    }

    public static Priming register(Runnable hotPath) {
        Priming priming = new Priming(hotPath);
        Core.getGlobalContext().register(priming);
        return priming;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        underway = true;
        try {
            hotPath.run();
            DeferredClients.buildAll();
        } catch (RuntimeException e) {
            // A failed priming costs warm-up time, never correctness: the snapshot is still taken.
            LOG.warn("priming failed: {}", e.getClass().getSimpleName());
        } finally {
            underway = false;
        }
    }

    /** Whether the hot path now running is priming's: what it does is rehearsal, not counted (OperationsMetrics). */
    public static boolean underway() {
        return underway;
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to refresh: session tokens come from SecureRandom, which Lambda reseeds on restore.
    }
}
