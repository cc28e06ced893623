package ad.cass.online.aws.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.dynamodb.LimitsKeys;
import ad.cass.online.testing.TestStack;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Issue 16, item 7: the allowances' counters in the template's Limits table, atomic and expiring. */
class DynamoRateCounterIT {
    static final Instant START = Instant.parse("2026-11-30T14:00:00Z");
    static final Instant END = START.plus(Duration.ofMinutes(1));

    @Test
    void twentyConcurrentUsesOfAnAllowanceOfFiveAdmitExactlyFive() throws Exception {
        TestStack stack = TestStack.create();
        DynamoRateCounter counter = new DynamoRateCounter(stack.engines().dynamoClient(), stack.name("LimitsTable"));
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> uses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            uses.add(pool.submit(() -> {
                go.await();
                return counter.take("ADDRESS#SIGNIN#203.0.113.10", START, END, 5);
            }));
        }
        go.countDown();
        int admitted = 0;
        for (Future<Boolean> use : uses) {
            admitted += use.get() ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(5, admitted);
        Map<String, AttributeValue> item = stack.dynamo().getItem(r -> r.tableName(stack.name("LimitsTable"))
                .key(LimitsKeys.counter("ADDRESS#SIGNIN#203.0.113.10", START)).consistentRead(true)).item();
        assertEquals("5", item.get("uses").n(), "a refused use is not counted");
        assertEquals(END.plus(Duration.ofHours(1)).getEpochSecond(), Long.parseLong(item.get("ttl").n()),
                "forgotten an hour after its window");
    }

    @Test
    void eachWindowAndEachKeyCountsOnItsOwn() {
        TestStack stack = TestStack.create();
        DynamoRateCounter counter = new DynamoRateCounter(stack.dynamo(), stack.name("LimitsTable"));
        assertTrue(counter.take("RESETMAIL#100001A", START, END, 1));
        assertFalse(counter.take("RESETMAIL#100001A", START, END, 1));
        assertTrue(counter.take("RESETMAIL#100003C", START, END, 1), "another key");
        assertTrue(counter.take("RESETMAIL#100001A", END, END.plus(Duration.ofMinutes(1)), 1), "the next window");
    }
}
