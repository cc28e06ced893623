package ad.cass.online.aws.metrics;

import ad.cass.online.aws.Env;
import ad.cass.online.aws.Priming;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.cloudwatchlogs.emf.config.EnvironmentConfigurationProvider;
import software.amazon.cloudwatchlogs.emf.environment.Environments;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.MetricsFactory;
import software.amazon.lambda.powertools.metrics.model.DimensionSet;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/**
 * What the fund's operators count (issue 23, "Operations"): each count is one line of CloudWatch's embedded metric
 * format in the function's log, written by Powertools; CloudWatch turns it into a metric with no API call. The
 * namespace is POWERTOOLS_METRICS_NAMESPACE (template.yaml, Globals).
 *
 * <p>Static, like the Powertools instance behind it (one per container): a count observes what a function did, it
 * is nobody's dependency, and no rule changes with it. Powertools is reached at the first count, so a function that
 * counts nothing, or has not yet, pays nothing for it at cold start. A count that cannot be written is logged and
 * dropped: the person's request never fails for the operators' figures.
 */
public final class OperationsMetrics {
    private static final Logger LOG = LoggerFactory.getLogger(OperationsMetrics.class);
    private static volatile String namespace = "CassOnline";

    private OperationsMetrics() {
    }

    /** {@code times} of {@code metric}, with its dimensions (name, value, name, value...). */
    public static void count(Counted metric, int times, String... dimensions) {
        if (times <= 0) {
            return;
        }
        try {
            Metrics metrics = Instance.METRICS;
            if (Priming.underway()) {
                return; // the library is now loaded into the snapshot; a rehearsed sign-in is no sign-in
            }
            metrics.flushSingleMetric(metric.metricName(), times, MetricUnit.COUNT, namespace(), dimensionSet(dimensions));
        } catch (RuntimeException | LinkageError e) { // LinkageError: the library failed to load, now or before
            LOG.warn("metric {} not written: {}", metric.metricName(), e.toString());
        }
    }

    /** One of {@code metric}, with its dimensions. */
    public static void count(Counted metric, String... dimensions) {
        count(metric, 1, dimensions);
    }

    /** Powertools' instance, made at the first count (the holder idiom: class loading is the lock). */
    private static final class Instance {
        static final Metrics METRICS = lambdaEnvironment();

        /**
         * The lines go to standard output, as on Lambda, wherever the function runs: off Lambda (our local runtime,
         * the tests) the EMF library would otherwise look for a CloudWatch agent on port 25888 and send them there.
         */
        private static Metrics lambdaEnvironment() {
            EnvironmentConfigurationProvider.getConfig().setEnvironmentOverride(Environments.Lambda);
            return MetricsFactory.getMetricsInstance();
        }
    }

    /**
     * Reads the namespace (POWERTOOLS_METRICS_NAMESPACE, template.yaml's Globals) with the function's other settings,
     * when it is built ({@link ad.cass.online.aws.LambdaFunction}): where the local runtime gives a function its
     * environment, at construction, as Lambda does for the container.
     */
    public static void readSettings() {
        Env.optional("POWERTOOLS_METRICS_NAMESPACE").filter(n -> !n.isBlank()).ifPresent(n -> namespace = n);
    }

    static String namespace() {
        return namespace;
    }

    private static DimensionSet dimensionSet(String... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("dimensions come in name/value pairs");
        }
        DimensionSet set = new DimensionSet();
        for (int i = 0; i < pairs.length; i += 2) {
            set.addDimension(pairs[i], pairs[i + 1]);
        }
        return set;
    }
}
