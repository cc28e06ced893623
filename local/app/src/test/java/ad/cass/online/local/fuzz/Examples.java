package ad.cass.online.local.fuzz;

import ad.cass.online.aws.http.AuthorizerContext;
import ad.cass.online.testing.TestStack;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The example events a fuzzed request starts from: the files of events/ (real API Gateway events, one per case the
 * README and the tests walk through), by their path there ({@code account/contact.json}).
 */
final class Examples {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Example(String name, String json) {
    }

    private final List<Example> examples;
    private final Map<Integer, Example> byCode = new HashMap<>();

    private Examples(List<Example> examples) {
        if (examples.isEmpty()) {
            throw new IllegalStateException("no example event in events/ for this function");
        }
        this.examples = examples;
        examples.forEach(e -> byCode.putIfAbsent(code(e.name()), e));
    }

    /**
     * Every event of events/ whose routeKey is one of {@code routeKeys}, but those where the authorizer reports its own
     * internal failure: the function's 500 is then by design (ListProfilesIT), not a fault of the request.
     */
    static Examples ofRoutes(Set<String> routeKeys) {
        return new Examples(read(file -> {
            try {
                JsonNode event = JSON.readTree(file.toFile());
                return routeKeys.contains(event.path("routeKey").asText())
                        && !AuthorizerContext.INTERNAL.equals(event.at("/requestContext/authorizer/lambda/" + AuthorizerContext.FAULT).asText());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    /** Every event of one folder of events/ ({@code authorizer}). */
    static Examples inFolder(String folder) {
        return new Examples(read(file -> file.getParent().getFileName().toString().equals(folder)));
    }

    /** These events of events/, by their path there ({@code extracts/revoke.json}): the examples of a function off the API. */
    static Examples named(String... names) {
        Path root = TestStack.projectRoot().resolve("events");
        Set<String> wanted = Set.of(names);
        Examples examples = new Examples(read(file -> wanted.contains(root.relativize(file).toString().replace('\\', '/'))));
        if (examples.examples.size() != wanted.size()) {
            throw new IllegalStateException("not every one of " + wanted + " is in events/");
        }
        return examples;
    }

    /**
     * The example an input's first two bytes (from its end) choose: the one whose {@link #code} they are, so a kept
     * input keeps replaying the request it was kept for when events are added; any other code picks one evenly.
     */
    Example choose(Fuzz fuzz) {
        int code = fuzz.choose(1 << 16);
        Example named = byCode.get(code);
        return named != null ? named : examples.get(code % examples.size());
    }

    /**
     * The code that chooses an example: {@code "account/contact.json".hashCode() & 0xFFFF}. An input of these two bytes,
     * low byte first, is that example as it is (the {@code valid-…} inputs of the Inputs folders).
     */
    static int code(String name) {
        return name.hashCode() & 0xFFFF;
    }

    private static List<Example> read(Predicate<Path> wanted) {
        Path root = TestStack.projectRoot().resolve("events");
        List<Example> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                if (wanted.test(file)) {
                    found.add(new Example(root.relativize(file).toString().replace('\\', '/'), Files.readString(file)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
