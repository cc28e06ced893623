package ad.cass.online.domain.access;

import static ad.cass.online.domain.access.DataCategory.HEALTH;
import static ad.cass.online.domain.access.DataCategory.PERSONAL;
import static ad.cass.online.domain.access.DataCategory.PROCEDURES;
import static ad.cass.online.domain.access.DataCategory.PROFESSIONAL;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ad.cass.online.domain.error.Forbidden;
import ad.cass.online.domain.person.CassNumber;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seed 000, §1.1: the holder may consult data and manage procedures of the indirect insured persons in
 * their charge, except data and procedures about professional activity; nobody else's data is open.
 */
class AccessPolicyTest {
    static final CassNumber SELF = CassNumber.of("100001A");
    static final CassNumber DEPENDANT = CassNumber.of("100003C");
    static final CassNumber STRANGER = CassNumber.of("200001Z");
    static final Actor HOLDER = new Actor(SELF, Set.of(DEPENDANT), Set.of("820451"));

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of(SELF, PERSONAL, true), Arguments.of(SELF, HEALTH, true),
                Arguments.of(SELF, PROCEDURES, true), Arguments.of(SELF, PROFESSIONAL, true),
                Arguments.of(DEPENDANT, PERSONAL, true), Arguments.of(DEPENDANT, HEALTH, true),
                Arguments.of(DEPENDANT, PROCEDURES, true), Arguments.of(DEPENDANT, PROFESSIONAL, false),
                Arguments.of(STRANGER, PERSONAL, false), Arguments.of(STRANGER, HEALTH, false),
                Arguments.of(STRANGER, PROCEDURES, false), Arguments.of(STRANGER, PROFESSIONAL, false));
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @MethodSource("table")
    void holderAccess(CassNumber subject, DataCategory category, boolean allowed) {
        assertEquals(allowed, AccessPolicy.allows(HOLDER, subject, category));
        if (allowed) {
            assertDoesNotThrow(() -> AccessPolicy.require(HOLDER, subject, category));
        } else {
            assertThrows(Forbidden.class, () -> AccessPolicy.require(HOLDER, subject, category));
        }
    }

    @Test
    void theRefusalSaysWhyForADependantsProfessionalData() {
        Forbidden e = assertThrows(Forbidden.class, () -> AccessPolicy.require(HOLDER, DEPENDANT, PROFESSIONAL));
        assertEquals(AccessPolicy.DEPENDANT_PROFESSIONAL, e.getMessage());
        Forbidden stranger = assertThrows(Forbidden.class, () -> AccessPolicy.require(HOLDER, STRANGER, PERSONAL));
        assertEquals(AccessPolicy.NOT_YOURS, stranger.getMessage());
    }

    @Test
    void aDependantWithOwnAccessDoesNotSeeTheHolder() {
        Actor dependant = new Actor(DEPENDANT, Set.of(), Set.of());
        assertEquals(false, AccessPolicy.allows(dependant, SELF, PERSONAL));
        assertEquals(true, AccessPolicy.allows(dependant, DEPENDANT, PROFESSIONAL));
    }

    @Test
    void declarantDataOnlyForItsHolder() {
        assertDoesNotThrow(() -> AccessPolicy.requireDeclarant(HOLDER, "820451"));
        assertThrows(Forbidden.class, () -> AccessPolicy.requireDeclarant(HOLDER, "930118"));
    }
}
