package ad.cass.online.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The clicks a client may make next, each with its weight; {@link #run} makes one, drawn by weight. */
final class Mix {
    private record Option(int weight, Runnable action) {
    }

    private final Random random;
    private final List<Option> options = new ArrayList<>();
    private int total;

    Mix(Random random) {
        this.random = random;
    }

    void add(int weight, Runnable action) {
        options.add(new Option(weight, action));
        total += weight;
    }

    void run() {
        int draw = random.nextInt(total);
        for (Option option : options) {
            draw -= option.weight();
            if (draw < 0) {
                option.action().run();
                return;
            }
        }
    }
}
