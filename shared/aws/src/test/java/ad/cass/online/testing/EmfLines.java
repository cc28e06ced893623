package ad.cass.online.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The embedded-metric-format lines a piece of code writes to standard output, where Lambda's log takes them. */
public final class EmfLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EmfLines() {
    }

    public static synchronized List<JsonNode> during(Runnable code) {
        PrintStream before = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            code.run();
        } finally {
            System.setOut(before);
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String line : captured.toString(StandardCharsets.UTF_8).split("\n")) {
            if (line.contains("\"_aws\"")) {
                try {
                    lines.add(JSON.readTree(line.substring(line.indexOf('{'))));
                } catch (IOException e) {
                    throw new UncheckedIOException(line, e);
                }
            }
        }
        return lines;
    }

    /** The sum of {@code metric} over {@code lines} whose dimensions include {@code dimensions} (name, value, ...). */
    public static int total(List<JsonNode> lines, String metric, String... dimensions) {
        int total = 0;
        for (JsonNode line : lines) {
            boolean matches = line.has(metric);
            for (int i = 0; i < dimensions.length; i += 2) {
                matches &= dimensions[i + 1].equals(line.path(dimensions[i]).asText(null));
            }
            total += matches ? line.path(metric).asInt() : 0;
        }
        return total;
    }
}
