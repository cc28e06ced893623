package ad.cass.online.aws;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Configuration from environment variables, as template.yaml sets them per function.
 * <p>The local runtime hosts every function in one JVM; it builds each handler inside
 * {@link #with(Map, Supplier)} so each sees the variables template.yaml gives it, exactly as on Lambda.
 * Handlers read their configuration once, in their constructor.
 */
public final class Env {
    private static final ThreadLocal<Map<String, String>> SCOPED = new ThreadLocal<>();

    private Env() {
    }

    public static Optional<String> optional(String name) {
        Map<String, String> scoped = SCOPED.get();
        String value = scoped != null ? scoped.get(name) : System.getenv(name);
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    public static String required(String name) {
        return optional(name).orElseThrow(() -> new IllegalStateException("environment variable " + name + " is not set"));
    }

    public static int integer(String name, int fallback) {
        return optional(name).map(Integer::parseInt).orElse(fallback);
    }

    public static <T> T with(Map<String, String> variables, Supplier<T> body) {
        Map<String, String> previous = SCOPED.get();
        SCOPED.set(Map.copyOf(variables));
        try {
            return body.get();
        } finally {
            if (previous == null) {
                SCOPED.remove();
            } else {
                SCOPED.set(previous);
            }
        }
    }
}
