package ad.cass.online.local.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;

/** What the fuzz test classes share: when one ends, the tally of what its inputs were answered. */
abstract class FuzzTests {
    @AfterAll
    static void printTally() {
        Tally.printAndReset();
    }

    /**
     * Deletes the corpus earlier local runs of {@code test} grew, so that a bounded run starts from the seeds, as on a
     * fresh clone: the grown corpus would otherwise take more and more of the bound to replay (25 inputs a second),
     * leaving less for new inputs.
     */
    static void startFromTheSeeds(Class<?> test) throws IOException {
        Path grown = Path.of(".cifuzz-corpus", test.getName(), "fuzz");
        if (Files.isDirectory(grown)) {
            try (Stream<Path> inputs = Files.list(grown)) {
                for (Path input : inputs.toList()) {
                    Files.delete(input);
                }
            }
        }
    }
}
