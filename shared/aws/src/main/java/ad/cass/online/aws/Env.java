package ad.cass.online.aws;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Configuration from environment variables, as template.yaml sets them per function.
 * <p>The local runtime hosts every function in one JVM; it builds each handler inside
 * {@link #with(Map, Supplier)} so each sees the variables template.yaml gives it, exactly as on Lambda.
 * Handlers read their configuration once, in their constructor. A scope also records the names read,
 * which lets a test hold template.yaml against what the code really asks for.
 */
public final class Env {
    private record Scope(Map<String, String> variables, Set<String> read) {
    }

    private static final ThreadLocal<Scope> SCOPED = new ThreadLocal<>();

    private Env() {
    }

    public static Optional<String> optional(String name) {
        Scope scope = SCOPED.get();
        String value;
        if (scope != null) {
            scope.read().add(name);
            value = scope.variables().get(name);
        } else {
            value = System.getenv(name);
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    public static String required(String name) {
        return optional(name).orElseThrow(() -> new IllegalStateException("environment variable " + name + " is not set"));
    }

    public static int integer(String name, int fallback) {
        return optional(name).map(Integer::parseInt).orElse(fallback);
    }

    public static <T> T with(Map<String, String> variables, Supplier<T> body) {
        return recording(variables, body).value();
    }

    public record Recorded<T>(T value, Set<String> namesRead) {
    }

    /** Runs {@code body} with these variables and reports every name it asked for, set or not. */
    public static <T> Recorded<T> recording(Map<String, String> variables, Supplier<T> body) {
        Scope previous = SCOPED.get();
        Scope scope = new Scope(Map.copyOf(variables), new TreeSet<>());
        SCOPED.set(scope);
        try {
            T value = body.get();
            return new Recorded<>(value, Set.copyOf(scope.read()));
        } finally {
            if (previous == null) {
                SCOPED.remove();
            } else {
                SCOPED.set(previous);
            }
        }
    }
}
