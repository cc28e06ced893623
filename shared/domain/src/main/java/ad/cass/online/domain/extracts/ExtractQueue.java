package ad.cass.online.domain.extracts;

/** Where requests wait for the generator (SQS, with a dead-letter queue). At least once: the generator is idempotent. */
public interface ExtractQueue {
    void post(ExtractJob job);
}
