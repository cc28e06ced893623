package ad.cass.online.testing;

import ad.cass.online.local.engines.LambdaEvents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample events under events/ (the ones `invoke -e` takes), read by the Lambda runtime's serialiser. */
public final class Events {
    private Events() {
    }

    public static Path file(String function, String name) {
        return TestStack.projectRoot().resolve("events").resolve(function).resolve(name);
    }

    public static String json(String function, String name) {
        try {
            return Files.readString(file(function, name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T read(String function, String name, Class<T> type) {
        return LambdaEvents.read(file(function, name), type);
    }
}
