package ad.cass.online.testing;

import ad.cass.online.aws.person.DynamoPersonStore;
import ad.cass.online.aws.signin.Argon2idPinHasher;
import ad.cass.online.aws.signin.DynamoContractStore;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.Declarant;
import ad.cass.online.domain.person.DeclarantKind;
import ad.cass.online.domain.person.DependantRelation;
import ad.cass.online.domain.person.EmploymentStatus;
import ad.cass.online.domain.person.InsuredType;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.signin.Contract;
import java.time.LocalDate;
import java.util.List;

/**
 * The people the tests log in with: the same numbers as the demo data (so the events/ files work with
 * both), written by the tests themselves so no test depends on the local runtime's demo loader.
 */
public final class TestPeople {
    public static final String PIN = "Demo-2026!";
    public static final CassNumber HOLDER = CassNumber.of("100001A");
    public static final CassNumber CHILD = CassNumber.of("100002B");
    public static final CassNumber STUDENT = CassNumber.of("100003C");
    public static final CassNumber SELF_EMPLOYED = CassNumber.of("100004D");
    /** Someone else's child: must never appear among the holder's profiles. */
    public static final CassNumber STRANGER = CassNumber.of("200001Z");

    public static final List<Person> ALL = List.of(
            new Person(HOLDER, "Jordi", "Vidal Font", LocalDate.of(1981, 3, 14), InsuredType.DIRECT, null, null,
                    EmploymentStatus.EMPLOYED, "jordi.vidal@example.ad", "AD", List.of()),
            new Person(CHILD, "Pau", "Vidal Serra", LocalDate.of(2014, 5, 20), InsuredType.INDIRECT, HOLDER,
                    DependantRelation.CHILD_UNDER_18, EmploymentStatus.STUDENT, null, "AD", List.of()),
            new Person(STUDENT, "Laia", "Vidal Serra", LocalDate.of(2006, 2, 11), InsuredType.INDIRECT, HOLDER,
                    DependantRelation.STUDENT_18_TO_25, EmploymentStatus.STUDENT, "laia.vidal@example.ad", "AD", List.of()),
            new Person(SELF_EMPLOYED, "Núria", "Puig Riba", LocalDate.of(1975, 7, 2), InsuredType.DIRECT, null, null,
                    EmploymentStatus.SELF_EMPLOYED, "nuria.puig@example.ad", "AD", List.of(
                    new Declarant("820451", DeclarantKind.SELF_EMPLOYED, "Núria Puig Riba - Disseny gràfic"),
                    new Declarant("930118", DeclarantKind.HOUSEHOLD_EMPLOYER, "Llar Puig Riba"))),
            new Person(STRANGER, "Pol", "Serra Mas", LocalDate.of(2015, 1, 9), InsuredType.INDIRECT,
                    CassNumber.of("200000Y"), DependantRelation.CHILD_UNDER_18, EmploymentStatus.STUDENT, null, "AD", List.of()));

    private TestPeople() {
    }

    /** Núria's CASS digital certificate for her self-employed activity (seed 002); password {@link #PIN}. */
    public static final String CONTRACT = "CD-0451-2019";

    /** The SERIALNUMBER in the holder's government certificate. */
    public static final String HOLDER_GOVERNMENT_ID = "AD-0771234-X";

    /** Saves everyone, each with {@link #PIN}, the contract and the holder's government certificate link. */
    public static void save(TestStack stack) {
        DynamoPersonStore store = new DynamoPersonStore(stack.dynamo(), stack.name("PeopleTable"));
        Argon2idPinHasher hasher = new Argon2idPinHasher();
        String hash = hasher.hash(PIN.toCharArray());
        for (Person p : ALL) {
            store.save(p);
            store.savePinHash(p.cassNumber(), hash);
        }
        store.linkGovernmentId(HOLDER_GOVERNMENT_ID, HOLDER);
        new DynamoContractStore(stack.dynamo(), stack.name("PeopleTable"))
                .save(new Contract(CONTRACT, SELF_EMPLOYED, "820451", hash));
    }
}
