package ad.cass.online.domain.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.identity.AuthMethod;
import ad.cass.online.domain.identity.Principal;
import ad.cass.online.domain.identity.Session;
import ad.cass.online.domain.identity.SessionStore;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.DependantRelation;
import ad.cass.online.domain.person.EmploymentStatus;
import ad.cass.online.domain.person.InsuredType;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.testing.InMemoryAccessLog;
import ad.cass.online.domain.testing.InMemoryPersonStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Seed 000 §2.2.3 and issue 17: a new language reaches the person's live sessions, whoever they act as. */
class SettingsServiceTest {
    static final CassNumber JORDI = CassNumber.of("100001A");
    static final CassNumber LAIA = CassNumber.of("100003C");

    final Map<CassNumber, Settings> saved = new HashMap<>();
    final List<String> told = new ArrayList<>();
    SettingsService service;

    @BeforeEach
    void setUp() {
        InMemoryPersonStore people = new InMemoryPersonStore();
        people.save(new Person(JORDI, "Jordi", "Vidal Font", LocalDate.of(1981, 3, 2), InsuredType.DIRECT, null, null,
                EmploymentStatus.EMPLOYED, null, "AD", List.of()));
        people.save(new Person(LAIA, "Laia", "Vidal Serra", LocalDate.of(2006, 5, 9), InsuredType.INDIRECT, JORDI,
                DependantRelation.STUDENT_18_TO_25, EmploymentStatus.STUDENT, null, "AD", List.of()));
        AccessGuard guard = new AccessGuard(people, new InMemoryAccessLog(), Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC));
        service = new SettingsService(guard, new SettingsStore() {
            public Settings of(CassNumber person) {
                return saved.getOrDefault(person, Settings.DEFAULT);
            }

            public void save(CassNumber person, Settings settings) {
                saved.put(person, settings);
            }
        }, new Sessions());
    }

    @ParameterizedTest(name = "acting as {0}")
    @EnumSource(names = {"OWN", "DEPENDANT"})
    void aNewLanguageGoesToTheSignedInPersonsSessions(Acting acting) {
        Principal jordi = new Principal(JORDI, acting.profileId, "session", AuthMethod.PIN, Language.CA);
        service.replace(jordi, new Settings(TextSize.LARGE, Language.FR));
        assertEquals(Map.of(JORDI, new Settings(TextSize.LARGE, Language.FR)), saved);
        assertEquals(List.of("100001A fr"), told, "Jordi's sessions, not Laia's, whom he acts for");
    }

    enum Acting {
        OWN("own:100001A"), DEPENDANT("dependant:100003C");

        final String profileId;

        Acting(String profileId) {
            this.profileId = profileId;
        }
    }

    /** Records which person's sessions were told which language; nothing else is asked of it here. */
    final class Sessions implements SessionStore {
        public void changeLanguage(CassNumber cassNumber, Language language) {
            told.add(cassNumber.value() + " " + language.code());
        }

        public void create(Session session, Instant expiresAt, Instant absoluteEnd) {
            throw new UnsupportedOperationException();
        }

        public Optional<Session> find(String sessionId) {
            throw new UnsupportedOperationException();
        }

        public void touch(String sessionId, Instant lastSeenAt, Instant expiresAt) {
            throw new UnsupportedOperationException();
        }

        public void revoke(String sessionId) {
            throw new UnsupportedOperationException();
        }

        public void keepNewest(CassNumber cassNumber, int max) {
            throw new UnsupportedOperationException();
        }

        public void revokeAll(CassNumber cassNumber) {
            throw new UnsupportedOperationException();
        }

        public boolean switchProfile(String sessionId, String profileId) {
            throw new UnsupportedOperationException();
        }
    }
}
