package ad.cass.online.domain.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.dynamodb.PeopleKeys;
import ad.cass.online.aws.identity.DynamoSessionStore;
import ad.cass.online.aws.person.DynamoPersonStore;
import ad.cass.online.aws.signin.Argon2idPinHasher;
import ad.cass.online.aws.signin.DynamoContractStore;
import ad.cass.online.aws.signin.DynamoLockoutStore;
import ad.cass.online.domain.error.Unauthenticated;
import ad.cass.online.domain.identity.SessionPolicy;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.testing.MutableClock;
import ad.cass.online.testing.TestMail;
import ad.cass.online.testing.TestPeople;
import ad.cass.online.testing.TestStack;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Issue 4: five wrong PINs in a row lock the account for 15 minutes, doubling on repeat; the counter is
 * updated atomically, so 20 concurrent wrong attempts lock it exactly once and never let a 6th guess through;
 * the lock answer is the ordinary 401 and the person is told by e-mail.
 */
class LockoutIT {
    static final char[] RIGHT = TestPeople.PIN.toCharArray();
    static final char[] WRONG = "Wrong-PIN-1".toCharArray();

    /** The real Argon2id hasher, counting the guesses it is asked to check (decoys apart). */
    static final class CountingHasher implements PinHasher {
        final PinHasher real = new Argon2idPinHasher();
        final AtomicInteger verified = new AtomicInteger();
        final AtomicInteger burned = new AtomicInteger();

        public String hash(char[] pin) {
            return real.hash(pin);
        }

        public boolean verify(char[] pin, String encodedHash) {
            verified.incrementAndGet();
            return real.verify(pin, encodedHash);
        }

        public void burn(char[] pin) {
            burned.incrementAndGet();
            real.burn(pin);
        }
    }

    TestStack stack;
    MutableClock clock;
    CountingHasher hasher;
    LoginService login;

    @BeforeEach
    void deploy() {
        stack = TestStack.create();
        TestPeople.save(stack);
        clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        hasher = new CountingHasher();
        login = loginThrough(stack.dynamo());
    }

    /** The login service on the real adapters, all through the given client. */
    LoginService loginThrough(DynamoDbClient dynamo) {
        return loginThrough(dynamo, TestMail.noticesMailedAtOnce(stack));
    }

    LoginService loginThrough(DynamoDbClient dynamo, NoticeQueue notices) {
        DynamoPersonStore people = new DynamoPersonStore(dynamo, stack.name("PeopleTable"));
        return new LoginService(people, new DynamoContractStore(dynamo, stack.name("PeopleTable")),
                new DynamoLockoutStore(dynamo, stack.name("PeopleTable")), new DynamoSessionStore(dynamo, stack.name("SessionsTable")),
                hasher, notices, new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(12)),
                new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofHours(24)), clock);
    }

    void fail(CassNumber who, int times) {
        for (int i = 0; i < times; i++) {
            assertThrows(Unauthenticated.class, () -> login.loginWithPin(who, WRONG));
        }
    }

    boolean canLogIn(CassNumber who) {
        try {
            login.loginWithPin(who, RIGHT);
            return true;
        } catch (Unauthenticated e) {
            return false;
        }
    }

    Map<String, AttributeValue> lockoutItem(CassNumber who) {
        return stack.dynamo().getItem(r -> r.tableName(stack.name("PeopleTable")).consistentRead(true).key(
                PeopleKeys.lockout("PIN#" + who.value()))).item();
    }

    /**
     * Issue 16, item 2: the write that locks fails after the fifth attempt was reserved (as when the function
     * dies between the two). The credential must not stay refused until the counter's 30-day TTL: it acts as
     * locked for the 15 minutes the lock would have lasted, then the right PIN works again.
     */
    @Test
    void aLockThatWasNeverWrittenHealsWhenItWouldHaveEnded() {
        CassNumber who = TestPeople.HOLDER;
        DynamoPersonStore people = new DynamoPersonStore(stack.dynamo(), stack.name("PeopleTable"));
        LockoutStore real = new DynamoLockoutStore(stack.dynamo(), stack.name("PeopleTable"));
        LockoutStore lockWriteFails = new LockoutStore() {
            @Override
            public Reservation reserve(String subject, Instant now, int maxAttempts) {
                return real.reserve(subject, now, maxAttempts);
            }

            @Override
            public Optional<Attempt> restart(String subject, Refusal seen, Instant now) {
                return real.restart(subject, seen, now);
            }

            @Override
            public void clear(String subject) {
                real.clear(subject);
            }

            @Override
            public boolean lock(String subject, Attempt attempt, int maxAttempts, Instant until) {
                throw new IllegalStateException("the function died before the lock was written");
            }
        };
        LoginService broken = new LoginService(people, new DynamoContractStore(stack.dynamo(), stack.name("PeopleTable")),
                lockWriteFails, new DynamoSessionStore(stack.dynamo(), stack.name("SessionsTable")), hasher, TestMail.noticesMailedAtOnce(stack),
                new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(12)), new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofHours(24)), clock);
        for (int i = 0; i < 4; i++) {
            assertThrows(Unauthenticated.class, () -> broken.loginWithPin(who, WRONG));
        }
        assertThrows(IllegalStateException.class, () -> broken.loginWithPin(who, WRONG), "the fifth: the lock write fails");
        assertEquals("5", lockoutItem(who).get("attempts").n());
        assertEquals(null, lockoutItem(who).get("lockedUntil"), "the stuck state: used up, never locked");

        assertThrows(Unauthenticated.class, () -> broken.loginWithPin(who, RIGHT), "refused while the lock would last");
        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertEquals(false, canLogIn(who), "still at 14:59");
        clock.advance(Duration.ofSeconds(1));
        assertTrue(canLogIn(who), "at 15:00 it heals: not 30 days");
        assertEquals("0", lockoutItem(who).get("attempts").n(), "a success starts the count again");
    }

    @Test
    void fiveWrongPinsLockForFifteenMinutesThenDoubling() {
        CassNumber who = TestPeople.HOLDER;
        int mailsBefore = TestMail.to("jordi.vidal@example.ad").size();
        fail(who, 5);
        Unauthenticated locked = assertThrows(Unauthenticated.class, () -> login.loginWithPin(who, RIGHT));
        assertEquals(Unauthenticated.MESSAGE, locked.getMessage(), "the lock answer is the ordinary 401");
        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertEquals(false, canLogIn(who), "still locked at 14:59");
        clock.advance(Duration.ofSeconds(1));
        fail(who, 5); // the lock ended at 15:00; five more wrong PINs lock again, for twice as long
        clock.advance(Duration.ofMinutes(29));
        assertEquals(false, canLogIn(who), "the second lock lasts 30 minutes");
        clock.advance(Duration.ofMinutes(1));
        assertTrue(canLogIn(who));
        List<Map<String, String>> mails = TestMail.to("jordi.vidal@example.ad");
        assertEquals(mailsBefore + 2, mails.size(), "one notice per lock");
        assertTrue(mails.get(mails.size() - 1).get("text").contains("bloquejat"));
        assertEquals("0", lockoutItem(who).get("attempts").n(), "a success starts the count again");
        assertEquals("0", lockoutItem(who).get("lockCount").n(), "and forgets the earlier locks");
    }

    @Test
    void aSuccessInBetweenBreaksTheRun() {
        CassNumber who = TestPeople.STUDENT;
        fail(who, 4);
        assertTrue(canLogIn(who));
        fail(who, 4);
        assertTrue(canLogIn(who), "four and four failures with a success between never make five in a row");
    }

    @Test
    void unknownNumbersAreCountedAndLockedLikeKnownOnes() {
        CassNumber unknown = CassNumber.of("999999Z");
        fail(unknown, 7);
        Map<String, AttributeValue> item = lockoutItem(unknown);
        assertEquals("1", item.get("lockCount").n(), "the fifth attempt locked it, as it would a real account");
        assertEquals(clock.instant().plus(Duration.ofMinutes(15)).toEpochMilli(), Long.parseLong(item.get("lockedUntil").n()));
        assertEquals(0, hasher.verified.get());
        assertEquals(7, hasher.burned.get(), "each unknown attempt costs the same hashing work");
    }

    @Test
    void fiveWrongContractPasswordsLockTheContractAndTellItsHolder() {
        int mailsBefore = TestMail.to("nuria.puig@example.ad").size();
        for (int i = 0; i < 5; i++) {
            assertThrows(Unauthenticated.class, () -> login.loginWithContract(TestPeople.CONTRACT, WRONG));
        }
        assertThrows(Unauthenticated.class, () -> login.loginWithContract(TestPeople.CONTRACT, RIGHT), "locked");
        assertEquals(mailsBefore + 1, TestMail.to("nuria.puig@example.ad").size(), "the holder is told");
        assertTrue(canLogIn(TestPeople.SELF_EMPLOYED), "the contract's lock leaves the holder's PIN alone");
        clock.advance(Duration.ofMinutes(15));
        assertEquals("self-employed:820451", login.loginWithContract(TestPeople.CONTRACT, RIGHT).session().profileId());
    }

    @Test
    void countersExpireThirtyDaysAfterTheLastAttemptOrLock() {
        CassNumber who = TestPeople.HOLDER;
        fail(who, 1);
        long afterAttempt = clock.instant().plus(Duration.ofDays(30)).getEpochSecond();
        assertEquals(afterAttempt, Long.parseLong(lockoutItem(who).get("ttl").n()), "epoch seconds, the table's TTL");
        fail(who, 4);
        long afterLock = clock.instant().plus(Duration.ofMinutes(15)).plus(Duration.ofDays(30)).getEpochSecond();
        assertEquals(afterLock, Long.parseLong(lockoutItem(who).get("ttl").n()), "a lock is never forgotten while it lasts");
    }

    /** Which DynamoDB operations a call made, in order, on which key. */
    static final class Calls implements ExecutionInterceptor {
        final List<String> seen = new CopyOnWriteArrayList<>();

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            String key = context.request() instanceof UpdateItemRequest u ? " " + u.key().get("pk").s().split("#")[0] : "";
            seen.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME) + key);
        }
    }

    @Test
    void aWrongPinForAKnownNumberAndAnyPinForAnUnknownOneMakeTheSameCallsInTheSameOrder() {
        Calls calls = new Calls();
        List<Notice> posted = new CopyOnWriteArrayList<>();
        LoginService watchedLogin = loginThrough(stack.engines().dynamoClient(calls), posted::add);
        List<List<String>> byNumber = new ArrayList<>();
        for (CassNumber who : List.of(TestPeople.HOLDER, CassNumber.of("999998Y"))) {
            List<List<String>> attempts = new ArrayList<>();
            for (int i = 0; i < 6; i++) { // the 5th locks, the 6th is refused unchecked
                calls.seen.clear();
                assertThrows(Unauthenticated.class, () -> watchedLogin.loginWithPin(who, WRONG));
                attempts.add(List.copyOf(calls.seen));
            }
            byNumber.add(attempts.stream().map(a -> String.join(", ", a)).toList());
        }
        List<String> expected = List.of(
                "Query, UpdateItem LOCKOUT", "Query, UpdateItem LOCKOUT", "Query, UpdateItem LOCKOUT", "Query, UpdateItem LOCKOUT",
                "Query, UpdateItem LOCKOUT, UpdateItem LOCKOUT", // the fifth locks
                "Query, UpdateItem LOCKOUT"); // the sixth finds it locked
        assertEquals(expected, byNumber.get(0), "a known number");
        assertEquals(expected, byNumber.get(1), "an unknown number: the same calls, so the same time");
        // and the same post: whether there is anyone to write to is found out off the request path (item 8)
        Instant until = clock.instant().plus(Duration.ofMinutes(15));
        assertEquals(List.of(new Notice(Notice.Kind.PIN_LOCKED, "100001A", until, null),
                new Notice(Notice.Kind.PIN_LOCKED, "999998Y", until, null)), posted);
        assertEquals(5, hasher.verified.get());
        assertEquals(7, hasher.burned.get(), "every attempt not checked costs the same hash work");
    }

    @Test
    void twentyConcurrentWrongGuessesLockExactlyOnceAndOnlyFiveAreChecked() throws Exception {
        CassNumber who = TestPeople.SELF_EMPLOYED;
        int mailsBefore = TestMail.to("nuria.puig@example.ad").size();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            outcomes.add(pool.submit((Callable<Boolean>) () -> {
                start.await();
                try {
                    login.loginWithPin(who, WRONG);
                    return true;
                } catch (Unauthenticated e) {
                    return false;
                }
            }));
        }
        start.countDown();
        for (Future<Boolean> outcome : outcomes) {
            assertEquals(false, outcome.get());
        }
        pool.shutdown();
        assertEquals(5, hasher.verified.get(), "no 6th guess is ever checked");
        assertEquals(15, hasher.burned.get(), "the refused ones cost the same work");
        Map<String, AttributeValue> item = lockoutItem(who);
        assertEquals("1", item.get("lockCount").n(), "locked exactly once");
        assertTrue(Long.parseLong(item.get("lockedUntil").n()) > clock.instant().toEpochMilli());
        assertEquals(mailsBefore + 1, TestMail.to("nuria.puig@example.ad").size(), "one notice");
        assertEquals(false, canLogIn(who), "the right PIN is refused while locked");
    }
}
