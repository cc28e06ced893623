package ad.cass.online.domain.eligibility;

import static ad.cass.online.domain.eligibility.Fixtures.PARAMETERS;
import static ad.cass.online.domain.eligibility.Fixtures.dependant;
import static ad.cass.online.domain.eligibility.Fixtures.direct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.access.AccessEntry;
import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.access.DataCategory;
import ad.cass.online.domain.eligibility.Entitlement.Kind;
import ad.cass.online.domain.error.Unauthenticated;
import ad.cass.online.domain.identity.AuthMethod;
import ad.cass.online.domain.identity.Principal;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.EmploymentStatus;
import ad.cass.online.domain.testing.InMemoryAccessLog;
import ad.cass.online.domain.testing.InMemoryPersonStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Seed 003 §4 through the access guard: the person of the active profile, a dependant included (their health benefits,
 * seed 000 §1.1), never anyone else; today is Andorra's.
 */
class EligibilityServiceTest {
    static final CassNumber JORDI = CassNumber.of("300010A");    // 65 on 15/03/2026
    static final CassNumber LAIA = CassNumber.of("300011B");     // his dependant, a student orphan of 20
    static final CassNumber STRANGER = CassNumber.of("300012C"); // nobody's: 86, a solidarity pensioner

    /** 23:30 UTC on 14/03/2026 is already 15/03/2026 in Andorra (UTC+1 in March). */
    static final Instant NOW = Instant.parse("2026-03-14T23:30:00Z");

    final InMemoryPersonStore people = new InMemoryPersonStore();
    final InMemoryAccessLog log = new InMemoryAccessLog();
    final InMemorySituationStore situations = new InMemorySituationStore();
    final EligibilityService service = new EligibilityService(new AccessGuard(people, log, Clock.fixed(NOW, ZoneOffset.UTC)),
            situations, PARAMETERS, Clock.fixed(NOW, ZoneOffset.UTC));

    EligibilityServiceTest() {
        people.save(direct(JORDI, LocalDate.of(1961, 3, 15), EmploymentStatus.EMPLOYED));
        people.save(dependant(LAIA, JORDI, LocalDate.of(2006, 1, 1)));
        people.save(direct(STRANGER, LocalDate.of(1940, 1, 1), EmploymentStatus.PENSIONER));
        situations.save(List.of(
                new SocialSituation(LAIA, null, null, List.of(new Entitlement(Kind.ORPHAN, LocalDate.of(2016, 9, 1), null)), false),
                new SocialSituation(STRANGER, 80, LocalDate.of(2010, 1, 1),
                        List.of(new Entitlement(Kind.SOLIDARITY_PENSION_ELDERLY, LocalDate.of(2005, 1, 1), null)), false)));
    }

    static Principal acting(CassNumber who, String profileId) {
        return new Principal(who, profileId, "session", AuthMethod.PIN);
    }

    @Test
    void theHoldersOwnProfileGetsHisOwnOnAndorrasToday() {
        // seed 003 §4.1: 65 today in Andorra (still the 14th in UTC); nothing recorded -> only age decides
        Eligibility own = service.eligibility(acting(JORDI, "own:300010A"));
        assertTrue(own.thirdPartyPayer().eligible());
        assertEquals(LocalDate.of(2026, 3, 15), own.thirdPartyPayer().since());
        assertFalse(own.fullReimbursement().eligible());
        assertEquals(new AccessEntry(JORDI, JORDI, AccessEntry.Capacity.SELF, Set.of(DataCategory.HEALTH),
                AccessEntry.Operation.READ, NOW), log.last());
    }

    @Test
    void aDependantsProfileGetsTheDependantsOwn() {
        // seed 003 §4.2 "Orfes fins als 18-25 anys": 20 and a student; seed 003 §4.1: 20, never assessed
        Eligibility laia = service.eligibility(acting(JORDI, "dependant:300011B"));
        assertTrue(laia.fullReimbursement().eligible());
        assertEquals(List.of(Kind.ORPHAN), laia.fullReimbursement().cases());
        assertEquals(LocalDate.of(2016, 9, 1), laia.fullReimbursement().since());
        assertFalse(laia.thirdPartyPayer().eligible());
        assertEquals(LocalDate.of(2071, 1, 1), laia.thirdPartyPayer().wouldHoldOn());
        assertEquals(LAIA, log.last().subject());
        assertEquals(AccessEntry.Capacity.HOLDER, log.last().capacity());
        // and the same with her own access
        assertEquals(laia, service.eligibility(acting(LAIA, "own:300011B")));
    }

    @Test
    void aStrangerIsNeverReached() {
        // a profile naming someone not in his charge falls back to his own data, never the stranger's
        Eligibility answer = service.eligibility(acting(JORDI, "dependant:300012C"));
        assertEquals(service.eligibility(acting(JORDI, "own:300010A")), answer);
        assertFalse(answer.fullReimbursement().eligible(), "the stranger's solidarity pension is not his");
        assertTrue(log.entries.stream().noneMatch(e -> e.subject().equals(STRANGER)));
        // a dependant never reaches her holder either
        assertEquals(LAIA, situationSubjectOf(acting(LAIA, "dependant:300010A")));
        // and a session of nobody is no identity
        assertThrows(Unauthenticated.class, () -> service.eligibility(acting(CassNumber.of("399999Z"), "own:399999Z")));
    }

    private CassNumber situationSubjectOf(Principal caller) {
        service.eligibility(caller);
        return log.last().subject();
    }
}
