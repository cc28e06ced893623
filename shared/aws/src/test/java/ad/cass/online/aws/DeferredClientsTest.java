package ad.cass.online.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Issue 23's cold start: a deferred client is built on its first use, once, or by SnapStart's priming before that. */
class DeferredClientsTest {
    @Test
    void aClientIsBuiltOnItsFirstUseAndOnlyOnce() {
        AtomicInteger built = new AtomicInteger();
        Supplier<Object> client = DeferredClients.of(() -> {
            built.incrementAndGet();
            return new Object();
        });
        assertEquals(0, built.get(), "not at construction");
        Object first = client.get();
        assertSame(first, client.get());
        assertEquals(1, built.get());
    }

    @Test
    void primingBuildsTheClientsNoRequestUsedYet() {
        AtomicInteger built = new AtomicInteger();
        Supplier<Object> client = DeferredClients.of(() -> {
            built.incrementAndGet();
            return new Object();
        });
        Priming.register(() -> { }).beforeCheckpoint(null); // what Lambda calls before it takes the snapshot
        assertEquals(1, built.get(), "in the snapshot");
        client.get();
        assertEquals(1, built.get(), "not built again after restore");
    }
}
