package ad.cass.online.domain.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.dynamodb.SessionsKeys;
import ad.cass.online.aws.identity.DynamoSessionStore;
import ad.cass.online.aws.person.DynamoPersonStore;
import ad.cass.online.aws.signin.Argon2idPinHasher;
import ad.cass.online.aws.signin.DynamoContractStore;
import ad.cass.online.aws.settings.DynamoSettingsStore;
import ad.cass.online.aws.signin.DynamoLockoutStore;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.error.Unauthenticated;
import ad.cass.online.domain.identity.SessionAuthenticator;
import ad.cass.online.domain.identity.SessionPolicy;
import ad.cass.online.domain.identity.SessionToken;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.domain.settings.Settings;
import ad.cass.online.domain.settings.TextSize;
import ad.cass.online.testing.MutableClock;
import ad.cass.online.testing.TestMail;
import ad.cass.online.testing.TestPeople;
import ad.cass.online.testing.TestStack;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Login and session checks, domain services on the real DynamoDB adapters, with a clock we drive. */
class LoginAndSessionIT {
    TestStack stack;
    DynamoSessionStore sessions;
    LoginService login;
    SessionAuthenticator authenticator;
    MutableClock clock;

    /** A fresh stack and clock for each test: sessions and counters never leak from one to the next. */
    @BeforeEach
    void deploy() {
        stack = TestStack.create();
        TestPeople.save(stack);
        DynamoPersonStore people = new DynamoPersonStore(stack.dynamo(), stack.name("PeopleTable"));
        sessions = new DynamoSessionStore(stack.dynamo(), stack.name("SessionsTable"));
        clock = new MutableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)); // DynamoDB deletes items past their TTL
        SessionPolicy policy = new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(12));
        login = new LoginService(people, new DynamoContractStore(stack.dynamo(), stack.name("PeopleTable")), new DynamoLockoutStore(stack.dynamo(), stack.name("PeopleTable")), sessions,
                new Argon2idPinHasher(), TestMail.noticesMailedAtOnce(stack), policy, new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofHours(24)), clock);
        authenticator = new SessionAuthenticator(sessions, policy, clock);
    }

    @Test
    void aRightPinOpensASessionOnTheOwnProfileStoringOnlyTheTokensHash() {
        LoginResult result = login.loginWithPin(TestPeople.HOLDER, TestPeople.PIN.toCharArray());
        assertEquals("own:100001A", result.session().profileId());
        assertEquals(3, result.profiles().size());
        assertTrue(SessionToken.isWellFormed(result.token()));
        var item = stack.dynamo().getItem(r -> r.tableName(stack.name("SessionsTable"))
                .key(SessionsKeys.session(SessionToken.hash(result.token())))).item();
        assertFalse(item.isEmpty());
        assertFalse(item.toString().contains(result.token()), "the token itself is never stored");
        long ttl = Long.parseLong(item.get("expiresAt").n());
        assertEquals(clock.instant().plus(Duration.ofMinutes(30)).getEpochSecond(), ttl, "TTL = idle timeout");
    }

    /** Issue 17: the session answers in the language of the person's settings, and follows a change of it. */
    @Test
    void theSessionSpeaksThePersonsLanguage() {
        String catalan = login.loginWithPin(TestPeople.HOLDER, TestPeople.PIN.toCharArray()).token();
        assertEquals(Language.CA, authenticator.authenticate(catalan).orElseThrow().language(), "who never chose reads Catalan");
        new DynamoSettingsStore(stack.dynamo(), stack.name("PeopleTable")).save(TestPeople.HOLDER, new Settings(TextSize.NORMAL, Language.FR));
        LoginResult french = login.loginWithPin(TestPeople.HOLDER, TestPeople.PIN.toCharArray());
        assertEquals(Language.FR, french.session().language());
        assertEquals(Language.FR, authenticator.authenticate(french.token()).orElseThrow().language());

        sessions.changeLanguage(TestPeople.HOLDER, Language.EN);
        assertEquals(Language.EN, authenticator.authenticate(catalan).orElseThrow().language());
        assertEquals(Language.EN, authenticator.authenticate(french.token()).orElseThrow().language());

        // a CASS digital certificate session speaks its holder's language
        new DynamoSettingsStore(stack.dynamo(), stack.name("PeopleTable")).save(TestPeople.SELF_EMPLOYED, new Settings(TextSize.NORMAL, Language.ES));
        assertEquals(Language.ES, login.loginWithContract(TestPeople.CONTRACT, TestPeople.PIN.toCharArray()).session().language());
    }

    @ParameterizedTest(name = "{0} / {1} -> Unauthenticated")
    @CsvSource({"100001A, wrong-pin", "100001A, demo-2026!", "999999Z, Demo-2026!", "999999Z, wrong-pin"})
    void wrongPinAndUnknownNumberFailAlike(String number, String pin) {
        Unauthenticated e = assertThrows(Unauthenticated.class, () -> login.loginWithPin(CassNumber.of(number), pin.toCharArray()));
        assertEquals(Unauthenticated.MESSAGE, e.getMessage());
    }

    @Test
    void anEmptyPinIsBadInput() {
        assertEquals("pin", assertThrows(InvalidInput.class, () -> login.loginWithPin(TestPeople.HOLDER, new char[0])).field());
    }

    @Test
    void theTokenIdentifiesTheCallerUntilIdleOrAbsoluteExpiry() {
        String token = login.loginWithPin(TestPeople.HOLDER, TestPeople.PIN.toCharArray()).token();
        assertEquals(TestPeople.HOLDER, authenticator.authenticate(token).orElseThrow().cassNumber());
        // active every 20 minutes: the idle window slides, so the session lives until the absolute limit
        for (int i = 0; i < 35; i++) {
            clock.advance(Duration.ofMinutes(20));
            assertTrue(authenticator.authenticate(token).isPresent(), "alive after " + (i + 1) * 20 + " min");
        }
        clock.advance(Duration.ofMinutes(20)); // 12 h after login
        assertEquals(Optional.empty(), authenticator.authenticate(token));
    }

    @Test
    void idleForThirtyMinutesEndsTheSession() {
        String token = login.loginWithPin(TestPeople.HOLDER, TestPeople.PIN.toCharArray()).token();
        clock.advance(Duration.ofMinutes(29));
        assertTrue(authenticator.authenticate(token).isPresent());
        clock.advance(Duration.ofMinutes(30));
        assertEquals(Optional.empty(), authenticator.authenticate(token));
    }

    @Test
    void revokedMalformedAndUnknownTokensIdentifyNobody() {
        String token = login.loginWithPin(TestPeople.HOLDER, TestPeople.PIN.toCharArray()).token();
        sessions.revoke(SessionToken.hash(token));
        assertEquals(Optional.empty(), authenticator.authenticate(token));
        assertEquals(Optional.empty(), authenticator.authenticate(SessionToken.generate()));
        assertEquals(Optional.empty(), authenticator.authenticate("not a token"));
        assertEquals(Optional.empty(), authenticator.authenticate(null));
    }
}
