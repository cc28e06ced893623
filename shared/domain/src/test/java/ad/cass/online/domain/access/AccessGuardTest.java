package ad.cass.online.domain.access;

import static ad.cass.online.domain.access.DataCategory.DECLARANT;
import static ad.cass.online.domain.access.DataCategory.HEALTH;
import static ad.cass.online.domain.access.DataCategory.PERSONAL;
import static ad.cass.online.domain.access.DataCategory.PROCEDURES;
import static ad.cass.online.domain.access.DataCategory.PROFESSIONAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.error.DomainException;
import ad.cass.online.domain.error.Forbidden;
import ad.cass.online.domain.error.NotFound;
import ad.cass.online.domain.error.Unauthenticated;
import ad.cass.online.domain.identity.AuthMethod;
import ad.cass.online.domain.identity.Principal;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.Declarant;
import ad.cass.online.domain.person.DeclarantKind;
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
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The access guard over the whole matrix (issue 15). Seed 000 §1.1: the holder may consult the data and
 * manage the procedures of the indirect insured persons in their charge, "amb l'excepció de les dades i els
 * tràmits relacionats amb l'activitat professional"; nobody else's data is open. Seed 002: a declarant's
 * affairs are reached through that declarant's profile, and a CASS digital certificate acts only as it.
 */
class AccessGuardTest {
    static final CassNumber JORDI = CassNumber.of("100001A");   // direct, two dependants
    static final CassNumber LAIA = CassNumber.of("100003C");    // his dependant (student), with her own access
    static final CassNumber MARC = CassNumber.of("100007G");    // was his dependant, now insured in his own right
    static final CassNumber NURIA = CassNumber.of("100004D");   // self-employed 820451, household employer 930118
    static final CassNumber POL = CassNumber.of("200001Z");     // another holder's dependant
    static final CassNumber GONE = CassNumber.of("100009J");    // a person removed since the session began

    static final InMemoryPersonStore PEOPLE = new InMemoryPersonStore();
    static final InMemoryAccessLog LOG = new InMemoryAccessLog();
    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    static final AccessGuard GUARD = new AccessGuard(PEOPLE, LOG, Clock.fixed(NOW, ZoneOffset.UTC));

    static {
        PEOPLE.save(direct(JORDI, List.of()));
        PEOPLE.save(dependant(LAIA, JORDI));
        PEOPLE.save(dependant(POL, CassNumber.of("200000Y")));
        PEOPLE.save(direct(MARC, List.of()));
        PEOPLE.fileStaleCopy(JORDI, direct(MARC, List.of()));
        PEOPLE.save(direct(NURIA, List.of(new Declarant("820451", DeclarantKind.SELF_EMPLOYED, "Disseny gràfic"),
                new Declarant("930118", DeclarantKind.HOUSEHOLD_EMPLOYER, "Llar Puig Riba"))));
    }

    static Person direct(CassNumber n, List<Declarant> declarants) {
        return new Person(n, "Nom", "Cognoms", LocalDate.of(1980, 1, 1), InsuredType.DIRECT, null, null,
                declarants.isEmpty() ? EmploymentStatus.EMPLOYED : EmploymentStatus.SELF_EMPLOYED, null, "AD", declarants);
    }

    static Person dependant(CassNumber n, CassNumber holder) {
        return new Person(n, "Nom", "Cognoms", LocalDate.of(2006, 1, 1), InsuredType.INDIRECT, holder,
                DependantRelation.STUDENT_18_TO_25, EmploymentStatus.STUDENT, null, "AD", List.of());
    }

    static Principal acting(CassNumber who, String profileId, AuthMethod method) {
        return new Principal(who, profileId, "session", method);
    }

    /** caller, active profile, how they signed in, category → the subject's CASS number, or the refusal. */
    static Stream<Arguments> matrix() {
        AuthMethod pin = AuthMethod.PIN;
        AuthMethod contract = AuthMethod.CASS_CERTIFICATE;
        return Stream.of(
                // self: all of one's own data; a declarant's affairs only through its profile
                Arguments.of(JORDI, "own:100001A", pin, PERSONAL, "100001A"),
                Arguments.of(JORDI, "own:100001A", pin, HEALTH, "100001A"),
                Arguments.of(JORDI, "own:100001A", pin, PROCEDURES, "100001A"),
                Arguments.of(JORDI, "own:100001A", pin, PROFESSIONAL, "100001A"),
                Arguments.of(JORDI, "own:100001A", pin, DECLARANT, Forbidden.class),
                // own dependant: everything but professional data (seed 000 §1.1)
                Arguments.of(JORDI, "dependant:100003C", pin, PERSONAL, "100003C"),
                Arguments.of(JORDI, "dependant:100003C", pin, HEALTH, "100003C"),
                Arguments.of(JORDI, "dependant:100003C", pin, PROCEDURES, "100003C"),
                Arguments.of(JORDI, "dependant:100003C", pin, PROFESSIONAL, Forbidden.class),
                Arguments.of(JORDI, "dependant:100003C", pin, DECLARANT, Forbidden.class),
                // the dependant with her own access: her own data whole
                Arguments.of(LAIA, "own:100003C", pin, PROFESSIONAL, "100003C"),
                // declarant profiles (seed 002)
                Arguments.of(NURIA, "self-employed:820451", pin, DECLARANT, "100004D"),
                Arguments.of(NURIA, "household-employer:930118", pin, DECLARANT, "100004D"),
                Arguments.of(NURIA, "self-employed:820451", pin, PERSONAL, "100004D"),
                // a CASS digital certificate acts only as its declarant
                Arguments.of(NURIA, "self-employed:820451", contract, DECLARANT, "100004D"),
                Arguments.of(NURIA, "self-employed:820451", contract, PERSONAL, Forbidden.class),
                Arguments.of(NURIA, "self-employed:820451", contract, PROFESSIONAL, Forbidden.class),
                Arguments.of(NURIA, "own:100004D", contract, HEALTH, Forbidden.class),
                Arguments.of(NURIA, "self-employed:999999", contract, DECLARANT, Unauthenticated.class), // role gone
                // a session whose person no longer exists is no identity at all
                Arguments.of(GONE, "own:100009J", pin, PERSONAL, Unauthenticated.class));
    }

    @ParameterizedTest(name = "{0} as {1} ({2}), {3} -> {4}")
    @MethodSource("matrix")
    void theGuardDecides(CassNumber caller, String profileId, AuthMethod method, DataCategory category, Object expected) {
        Principal principal = acting(caller, profileId, method);
        int logged = LOG.entries.size();
        if (expected instanceof Class<?> refusal) {
            DomainException e = assertThrows(DomainException.class, () -> GUARD.subject(principal, category));
            assertEquals(refusal, e.getClass());
            assertEquals(logged, LOG.entries.size(), "a refused access touches nothing, and is no access");
        } else {
            Subject subject = GUARD.subject(principal, category);
            assertEquals(expected, subject.person().value());
            assertEquals(profileId, subject.profile().id());
            assertEquals(false, subject.fellBack());
            // issue 17: every access let through is written down first: whose, by whom, in which capacity
            AccessEntry entry = LOG.last();
            assertEquals(logged + 1, LOG.entries.size());
            assertEquals(expected, entry.subject().value());
            assertEquals(caller, entry.actor());
            assertEquals(Set.of(category), entry.categories());
            assertEquals(NOW, entry.at());
            assertEquals(method == AuthMethod.CASS_CERTIFICATE || profileId.startsWith("self-employed")
                    || profileId.startsWith("household-employer") ? AccessEntry.Capacity.DECLARANT
                    : profileId.startsWith("dependant") ? AccessEntry.Capacity.HOLDER : AccessEntry.Capacity.SELF, entry.capacity());
        }
    }

    /**
     * Issue 16, item 5: a session keeps the profile it chose, but the household can change under it. A
     * profile no longer the caller's falls back to their own, never to anyone else's data, and says so.
     */
    @ParameterizedTest(name = "{0} still acting as {1}: their own data, and told")
    @MethodSource("stale")
    void aProfileNoLongerAllowedFallsBackToTheirOwn(CassNumber caller, String staleProfileId, DataCategory category, Object expected) {
        Principal principal = acting(caller, staleProfileId, AuthMethod.PIN);
        if (expected instanceof Class<?> refusal) {
            assertEquals(refusal, assertThrows(DomainException.class, () -> GUARD.subject(principal, category)).getClass());
            return;
        }
        Subject subject = GUARD.subject(principal, category);
        assertEquals(expected, subject.person().value());
        assertEquals("own:" + caller.value(), subject.profile().id());
        assertTrue(subject.fellBack());
    }

    static Stream<Arguments> stale() {
        return Stream.of(
                Arguments.of(JORDI, "dependant:100007G", PERSONAL, "100001A"),  // a former dependant
                Arguments.of(JORDI, "dependant:200001Z", HEALTH, "100001A"),    // another holder's dependant
                Arguments.of(JORDI, "own:100004D", PERSONAL, "100001A"),        // a stranger
                Arguments.of(LAIA, "own:100001A", PERSONAL, "100003C"),         // her own holder
                Arguments.of(JORDI, "self-employed:820451", DECLARANT, Forbidden.class), // someone else's declarant
                Arguments.of(NURIA, "self-employed:999999", DECLARANT, Forbidden.class)); // a role given up
    }

    /** A route that names a person reaches them only when they are the caller or in the caller's charge now. */
    @ParameterizedTest(name = "{0} naming {1}, {2} -> {3}")
    @MethodSource("named")
    void aNamedPersonIsReachedOnlyWhenInTheCallersCharge(CassNumber caller, CassNumber named, DataCategory category, Object expected) {
        Principal principal = acting(caller, "own:" + caller.value(), AuthMethod.PIN);
        if (expected instanceof Class<?> refusal) {
            assertEquals(refusal, assertThrows(DomainException.class, () -> GUARD.subjectNamed(principal, named, category)).getClass());
        } else {
            assertEquals(expected, GUARD.subjectNamed(principal, named, category).person().value());
        }
    }

    static Stream<Arguments> named() {
        return Stream.of(
                Arguments.of(JORDI, JORDI, PROFESSIONAL, "100001A"),
                Arguments.of(JORDI, LAIA, HEALTH, "100003C"),
                Arguments.of(JORDI, LAIA, PROFESSIONAL, Forbidden.class),   // seed 000 §1.1
                Arguments.of(JORDI, MARC, PERSONAL, NotFound.class),        // a former dependant: not found
                Arguments.of(JORDI, POL, PERSONAL, NotFound.class),         // another holder's dependant
                Arguments.of(JORDI, NURIA, PERSONAL, NotFound.class),       // a stranger
                Arguments.of(LAIA, JORDI, PERSONAL, NotFound.class));       // a dependant never reaches her holder
    }

    @Test
    void aPageThatShowsSeveralCategoriesLogsTheOnesTheProfileMayRead() {
        GUARD.reach(acting(JORDI, "dependant:100003C", AuthMethod.PIN), PROCEDURES, HEALTH, PERSONAL, PROFESSIONAL);
        assertEquals(Set.of(PROCEDURES, HEALTH, PERSONAL), LOG.last().categories(), "not the dependant's professional data");
        assertEquals(AccessEntry.Capacity.HOLDER, LOG.last().capacity());
        GUARD.reach(acting(JORDI, "own:100001A", AuthMethod.PIN), PROCEDURES, HEALTH, PERSONAL, PROFESSIONAL);
        assertEquals(Set.of(PROCEDURES, HEALTH, PERSONAL, PROFESSIONAL), LOG.last().categories());
        assertEquals(AccessEntry.Operation.READ, LOG.last().operation());
    }

    @Test
    void aGuardThatOnlyTellsWhoIsActingCannotReachData() {
        AccessGuard actingOnly = AccessGuard.actingOnly(PEOPLE);
        assertEquals("own:100001A", actingOnly.acting(acting(JORDI, "own:100001A", AuthMethod.PIN)).profile().id());
        assertThrows(IllegalStateException.class, () -> actingOnly.subject(acting(JORDI, "own:100001A", AuthMethod.PIN), PERSONAL));
    }

    @Test
    void aDeclarantProfileNamesItsDeclarant() {
        assertEquals("930118", GUARD.subject(acting(NURIA, "household-employer:930118", AuthMethod.PIN), DECLARANT)
                .declarantNumber().orElseThrow());
        assertEquals(java.util.Optional.empty(), GUARD.subject(acting(JORDI, "own:100001A", AuthMethod.PIN), PERSONAL)
                .declarantNumber());
    }

    @Test
    void theRefusalsSayWhyInCatalanWithoutNamingAnyoneElse() {
        Forbidden professional = assertThrows(Forbidden.class,
                () -> GUARD.subject(acting(JORDI, "dependant:100003C", AuthMethod.PIN), PROFESSIONAL));
        assertEquals(AccessPolicy.DEPENDANT_PROFESSIONAL, professional.getMessage());
        NotFound former = assertThrows(NotFound.class,
                () -> GUARD.subjectNamed(acting(JORDI, "own:100001A", AuthMethod.PIN), MARC, PERSONAL));
        assertEquals(AccessGuard.NOT_IN_YOUR_CHARGE, former.getMessage());
    }
}
