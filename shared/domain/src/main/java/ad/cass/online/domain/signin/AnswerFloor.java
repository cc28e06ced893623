package ad.cass.online.domain.signin;

import java.time.Duration;

/**
 * An answer that takes no less than a floor, whatever work it did: a PIN-reset request that matched (a write
 * and a mail) must take as long as one that did not, or its timing would tell that the account exists. A
 * refusal of the request itself (bad input) answers at once: it says nothing about any account.
 */
public record AnswerFloor(Duration floor) {
    public void around(Runnable work) {
        long started = System.nanoTime();
        work.run();
        long left = floor.toNanos() - (System.nanoTime() - started);
        if (left > 0) {
            try {
                Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
