package ad.cass.online.domain.signin;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.Env;
import ad.cass.online.aws.identity.DynamoSessionStore;
import ad.cass.online.aws.person.DynamoPersonStore;
import ad.cass.online.aws.signin.Argon2idPinHasher;
import ad.cass.online.aws.signin.DynamoContractStore;
import ad.cass.online.aws.signin.DynamoLockoutStore;
import ad.cass.online.aws.signin.DynamoPinResetStore;
import ad.cass.online.aws.signin.DynamoRateCounter;
import ad.cass.online.aws.signin.SqsNoticeQueue;
import ad.cass.online.aws.sqs.SqsClients;
import ad.cass.online.domain.error.Gone;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.error.Unauthenticated;
import ad.cass.online.domain.identity.Session;
import ad.cass.online.domain.identity.SessionPolicy;
import ad.cass.online.domain.identity.SessionStore;
import ad.cass.online.domain.identity.SessionToken;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.testing.CapturedLogs;
import ad.cass.online.testing.MutableClock;
import ad.cass.online.testing.RefusingAws;
import ad.cass.online.testing.TestMail;
import ad.cass.online.testing.TestPeople;
import ad.cass.online.testing.TestStack;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Seed 000, §1.1.3 (recover the PIN: a link by e-mail, only to the address on file) and §1.1.4 (the link
 * expires after 120 minutes; ask again for a new one), with the rules of issue 4, on the local DynamoDB (moto) and
 * the SES outbox, driven by an injected clock.
 */
class PinResetIT {
    static final Pattern LINK = Pattern.compile("https://portal\\.test/pt/password-reset\\?token=([A-Za-z0-9_-]{43})");
    static final String EMAIL = "jordi.vidal@example.ad";

    TestStack stack;
    MutableClock clock;
    DynamoSessionStore sessions;
    LoginService login;
    PinResetService resets;

    @BeforeEach
    void deploy() {
        stack = TestStack.create();
        TestPeople.save(stack);
        clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        resets = service(TestMail.noticesMailedAtOnce(stack));
        login = new LoginService(people(), new DynamoContractStore(stack.dynamo(), stack.name("PeopleTable")), lockouts(), sessions, new Argon2idPinHasher(), TestMail.noticesMailedAtOnce(stack),
                new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(12)), new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofHours(24)), clock);
    }

    DynamoPersonStore people() {
        return new DynamoPersonStore(stack.dynamo(), stack.name("PeopleTable"));
    }

    DynamoLockoutStore lockouts() {
        return new DynamoLockoutStore(stack.dynamo(), stack.name("PeopleTable"));
    }

    PinResetService service(NoticeQueue notices) {
        sessions = new DynamoSessionStore(stack.dynamo(), stack.name("SessionsTable"));
        return service(notices, sessions);
    }

    PinResetService service(NoticeQueue notices, SessionStore sessionStore) {
        return new PinResetService(people(), new DynamoPinResetStore(stack.dynamo(), stack.name("PeopleTable")), sessionStore,
                lockouts(), new Argon2idPinHasher(), notices, limits(), URI.create("https://portal.test/"), Duration.ofMinutes(120), clock);
    }

    /** Requests a reset and reads the token from the e-mail the person received. */
    /** The template's allowances, counted in its Limits table. */
    SigninLimits limits() {
        return new SigninLimits(new DynamoRateCounter(stack.dynamo(), stack.name("LimitsTable")),
                new Allowance(30, Duration.ofMinutes(1)), new Allowance(20, Duration.ofHours(1)), new Allowance(3, Duration.ofHours(1)),
                clock);
    }

    String requestAndReadMail() {
        int before = TestMail.to(EMAIL).size();
        resets.request(TestPeople.HOLDER, EMAIL);
        List<Map<String, String>> mails = TestMail.to(EMAIL);
        assertEquals(before + 1, mails.size(), "one e-mail with the link");
        Map<String, String> mail = mails.get(mails.size() - 1);
        assertEquals("CASS Online: recuperació del PIN", mail.get("subject"));
        Matcher m = LINK.matcher(mail.get("text"));
        assertTrue(m.find(), mail.get("text"));
        return m.group(1);
    }

    @ParameterizedTest(name = "at {0} min the link {1}")
    @CsvSource({"0, works", "119, works", "120, has expired", "121, has expired"})
    void theLinkWorksFor120Minutes(int minutes, String outcome) {
        String token = requestAndReadMail();
        clock.advance(Duration.ofMinutes(minutes));
        if (outcome.equals("works")) {
            assertDoesNotThrow(() -> resets.confirm(token, "Nou-PIN-segur-2026".toCharArray()));
        } else {
            Gone gone = assertThrows(Gone.class, () -> resets.confirm(token, "Nou-PIN-segur-2026".toCharArray()));
            assertTrue(gone.getMessage().contains("caducat"));
        }
    }

    @Test
    void theLinkWorksOnceSetsThePinEndsSessionsAndTellsThePerson() {
        String oldSession = login.loginWithPin(TestPeople.HOLDER, TestPeople.PIN.toCharArray()).session().id();
        String token = requestAndReadMail();
        resets.confirm(token, "Nou-PIN-segur-2026".toCharArray());

        assertEquals(List.of(), List.copyOf(sessions.find(oldSession).stream().toList()), "every session revoked");
        assertThrows(Unauthenticated.class, () -> login.loginWithPin(TestPeople.HOLDER, TestPeople.PIN.toCharArray()));
        assertDoesNotThrow(() -> login.loginWithPin(TestPeople.HOLDER, "Nou-PIN-segur-2026".toCharArray()));
        Map<String, String> notice = TestMail.to(EMAIL).get(TestMail.to(EMAIL).size() - 1);
        assertEquals("CASS Online: el vostre PIN s'ha canviat", notice.get("subject"));

        InvalidInput used = assertThrows(InvalidInput.class, () -> resets.confirm(token, "Un-altre-PIN-2026".toCharArray()));
        InvalidInput unknown = assertThrows(InvalidInput.class,
                () -> resets.confirm(SessionToken.generate(), "Un-altre-PIN-2026".toCharArray()));
        assertEquals(used.getMessage(), unknown.getMessage(), "used and unknown links look alike");
        assertEquals("token", used.field());
    }

    @Test
    void aNewRequestInvalidatesThePreviousLink() {
        String first = requestAndReadMail();
        String second = requestAndReadMail();
        assertThrows(InvalidInput.class, () -> resets.confirm(first, "Nou-PIN-segur-2026".toCharArray()));
        assertDoesNotThrow(() -> resets.confirm(second, "Nou-PIN-segur-2026".toCharArray()));
    }

    @ParameterizedTest(name = "{0}/{1}: no mail, no link")
    @CsvSource({"100001A, someone.else@example.ad", "999999Z, jordi.vidal@example.ad", "100002B, jordi.vidal@example.ad"})
    void onlyTheAddressOnFileGetsALink(String number, String email) {
        int before = TestMail.total();
        assertDoesNotThrow(() -> resets.request(CassNumber.of(number), email));
        assertEquals(before, TestMail.total());
        assertTrue(resetItems().isEmpty());
    }

    @Test
    void theAddressIsComparedWithoutRegardToCaseOrSpaces() {
        int before = TestMail.to(EMAIL).size();
        resets.request(TestPeople.HOLDER, "  Jordi.Vidal@Example.AD ");
        assertEquals(before + 1, TestMail.to(EMAIL).size());
    }

    @ParameterizedTest(name = "new PIN \"{0}\" refused")
    @CsvSource({"short-7, at least", "x100001Ax, CASS", "password123, comú", "Contrasenya, comú", "12345678, comú"})
    void aWeakPinIsRefusedAndTheLinkStillWorks(String pin, String why) {
        String token = requestAndReadMail();
        InvalidInput e = assertThrows(InvalidInput.class, () -> resets.confirm(token, pin.toCharArray()));
        assertEquals("newPin", e.field());
        assertTrue(e.getMessage().contains(why.equals("at least") ? "com a mínim" : why), e.getMessage());
        assertDoesNotThrow(() -> resets.confirm(token, "Nou-PIN-segur-2026".toCharArray()));
    }

    @Test
    void whenTheNoticeCannotBePostedNoLinkIsLeftUsable() {
        Map<String, String> env = new HashMap<>(stack.environment("AuthFunction"));
        env.put("AWS_ENDPOINT_URL_SQS", RefusingAws.unreachable()); // the queue cannot be reached at all
        PinResetService broken = service(Env.with(env, () -> new SqsNoticeQueue(SqsClients.deferred(), env.get("NOTICE_QUEUE_URL"))));
        int mailsBefore = TestMail.total();
        try (CapturedLogs logs = new CapturedLogs()) {
            assertDoesNotThrow(() -> broken.request(TestPeople.HOLDER, EMAIL));
            assertTrue(logs.text().contains("PIN reset notice for ****01A not posted (SQS: SdkClientException); link withdrawn"),
                    logs.text());
            assertFalse(logs.text().contains(EMAIL));
            assertFalse(logs.text().contains("token="), "nor the link");
        }
        assertTrue(resetItems().isEmpty(), "neither link nor pointer remains");
        assertEquals(mailsBefore, TestMail.total());
    }

    @Test
    void threeMailsAnHourToOneAccountThenTheSameAnswerAndNoMailAndTheLastLinkStillWorks() {
        // issue 16, item 7: ten requests to one address in 25 s used to send ten mails
        String third = null;
        for (int i = 0; i < 3; i++) {
            third = requestAndReadMail();
        }
        int mails = TestMail.to(EMAIL).size();
        try (CapturedLogs logs = new CapturedLogs()) {
            for (int i = 0; i < 7; i++) {
                assertDoesNotThrow(() -> resets.request(TestPeople.HOLDER, EMAIL)); // the function answers the same 202
            }
            assertTrue(logs.text().contains("PIN recovery mails for ****01A used up until"), logs.text());
        }
        assertEquals(mails, TestMail.to(EMAIL).size(), "no fourth mail within the hour");
        String kept = third;
        assertDoesNotThrow(() -> resets.confirm(kept, "Nou-PIN-segur-2026".toCharArray()), "no new link replaced the last one sent");
        clock.advance(Duration.ofHours(1));
        assertNotNull(requestAndReadMail(), "the next hour, a mail again");
    }

    @Test
    void theLinkIsKeptOnlyAsItsHashAndForgottenAfterItExpires() {
        String token = requestAndReadMail();
        List<Map<String, AttributeValue>> items = resetItems();
        assertEquals(2, items.size(), "the link and the person's pointer to it");
        assertTrue(items.stream().flatMap(i -> i.values().stream()).map(AttributeValue::toString).noneMatch(v -> v.contains(token)),
                "the token itself is stored nowhere");
        Map<String, AttributeValue> link = items.stream().filter(i -> i.get("pk").s().startsWith("PINRESET#")).findFirst().orElseThrow();
        assertEquals("PINRESET#" + SessionToken.hash(token), link.get("pk").s());
        assertTrue(Long.parseLong(link.get("ttl").n()) > clock.instant().plus(Duration.ofMinutes(120)).getEpochSecond(),
                "DynamoDB's TTL removes it some time after it expired");
    }

    List<Map<String, AttributeValue>> resetItems() {
        return stack.dynamo().scan(r -> r.tableName(stack.name("PeopleTable"))).items().stream()
                .filter(i -> i.get("pk").s().startsWith("PINRESET#") || i.get("sk").s().equals("CREDENTIAL#PINRESET"))
                .toList();
    }

    @Test
    void ifEndingTheSessionsFailsNothingIsChangedAndTheSameLinkWorksAgain() {
        String session = login.loginWithPin(TestPeople.HOLDER, TestPeople.PIN.toCharArray()).session().id();
        String token = requestAndReadMail();
        PinResetService broken = service(TestMail.noticesMailedAtOnce(stack), new SessionStoreThatCannotRevoke(sessions));
        assertThrows(IllegalStateException.class, () -> broken.confirm(token, "Nou-PIN-segur-2026".toCharArray()));
        assertTrue(sessions.find(session).isPresent(), "no session was ended");
        assertDoesNotThrow(() -> login.loginWithPin(TestPeople.HOLDER, TestPeople.PIN.toCharArray()), "the PIN is unchanged");

        resets.confirm(token, "Nou-PIN-segur-2026".toCharArray()); // the same link, once the store is back
        assertTrue(sessions.find(session).isEmpty());
        assertDoesNotThrow(() -> login.loginWithPin(TestPeople.HOLDER, "Nou-PIN-segur-2026".toCharArray()));
    }

    /** The real store, but ending all sessions fails as a store outage would. */
    record SessionStoreThatCannotRevoke(SessionStore real) implements SessionStore {
        public void create(Session session, Instant expiresAt, Instant absoluteEnd) {
            real.create(session, expiresAt, absoluteEnd);
        }

        public Optional<Session> find(String sessionId) {
            return real.find(sessionId);
        }

        public void touch(String sessionId, Instant lastSeenAt, Instant expiresAt) {
            real.touch(sessionId, lastSeenAt, expiresAt);
        }

        public void revoke(String sessionId) {
            real.revoke(sessionId);
        }

        public void revokeAll(CassNumber cassNumber) {
            throw new IllegalStateException("sessions table unavailable");
        }

        public void keepNewest(CassNumber cassNumber, int max) {
            real.keepNewest(cassNumber, max);
        }

        public boolean switchProfile(String sessionId, String profileId) {
            return real.switchProfile(sessionId, profileId);
        }

        public void changeLanguage(CassNumber cassNumber, ad.cass.online.domain.settings.Language language) {
            real.changeLanguage(cassNumber, language);
        }
    }

    @Test
    void aLockedAccountCanStillRecoverItsPin() {
        for (int i = 0; i < 5; i++) {
            assertThrows(Unauthenticated.class, () -> login.loginWithPin(TestPeople.HOLDER, "Wrong-PIN-1".toCharArray()));
        }
        String token = requestAndReadMail();
        resets.confirm(token, "Nou-PIN-segur-2026".toCharArray());
        assertDoesNotThrow(() -> login.loginWithPin(TestPeople.HOLDER, "Nou-PIN-segur-2026".toCharArray()),
                "proving control of the address on file lifts the lock");
        assertFalse(resetItems().stream().anyMatch(i -> i.get("sk").s().equals("CREDENTIAL#PINRESET")));
    }
}
