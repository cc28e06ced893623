package ad.cass.online.domain.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seed 000, §2.2.6 "Canvi de perfil": one may switch profile when one has indirect insured persons in
 * one's charge or represents other profiles (self-employed, household employer); §1.2.3: choose the
 * profile and the person to start with.
 */
class ProfilesTest {
    static final CassNumber HOLDER = CassNumber.of("100001A");
    static final CassNumber OTHER_HOLDER = CassNumber.of("300000A");

    static Person direct(String number, Declarant... roles) {
        return new Person(CassNumber.of(number), "Nom", "Cognom " + number, LocalDate.of(1980, 1, 1), InsuredType.DIRECT,
                null, null, EmploymentStatus.EMPLOYED, null, "AD", List.of(roles));
    }

    static Person dependant(String number, CassNumber holder) {
        return new Person(CassNumber.of(number), "Fill", "Cognom " + number, LocalDate.of(2015, 1, 1), InsuredType.INDIRECT,
                holder, DependantRelation.CHILD_UNDER_18, EmploymentStatus.STUDENT, null, "AD", List.of());
    }

    static Stream<Arguments> cases() {
        Declarant selfEmployed = new Declarant("820451", DeclarantKind.SELF_EMPLOYED, "Activitat");
        Declarant household = new Declarant("930118", DeclarantKind.HOUSEHOLD_EMPLOYER, "Llar");
        return Stream.of(
                Arguments.of("no dependants, no roles: only one's own profile",
                        direct("100001A"), List.of(), List.of("own:100001A")),
                Arguments.of("two dependants, sorted by number",
                        direct("100001A"), List.of(dependant("100003C", HOLDER), dependant("100002B", HOLDER)),
                        List.of("own:100001A", "dependant:100002B", "dependant:100003C")),
                Arguments.of("self-employed and household employer (seed 000, §2.2.6)",
                        direct("100004D", household, selfEmployed), List.of(),
                        List.of("own:100004D", "self-employed:820451", "household-employer:930118")),
                Arguments.of("a dependant of someone else is never offered",
                        direct("100001A"), List.of(dependant("200001Z", OTHER_HOLDER)), List.of("own:100001A")),
                Arguments.of("a direct insured person is not a dependant even if listed",
                        direct("100001A"), List.of(direct("100009J")), List.of("own:100001A")),
                Arguments.of("a dependant with own access sees only their own profile (seed 000, §1.1)",
                        dependant("100003C", HOLDER), List.of(), List.of("own:100003C")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void profilesOnOffer(String why, Person person, List<Person> dependants, List<String> expectedIds) {
        assertEquals(expectedIds, Profiles.availableTo(person, dependants).stream().map(Profile::id).toList());
    }
}
