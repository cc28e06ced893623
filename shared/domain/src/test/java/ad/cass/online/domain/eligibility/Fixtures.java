package ad.cass.online.domain.eligibility;

import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.DependantRelation;
import ad.cass.online.domain.person.EmploymentStatus;
import ad.cass.online.domain.person.InsuredType;
import ad.cass.online.domain.person.Person;
import java.time.LocalDate;
import java.util.List;

/** People and situations for the eligibility tests; today is 15/03/2026 unless a test says otherwise. */
final class Fixtures {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    static final EligibilityParameters PARAMETERS = EligibilityParameters.load();
    static final CassNumber SUBJECT = CassNumber.of("300001A");

    private Fixtures() {
    }

    static Person direct(CassNumber n, LocalDate birth, EmploymentStatus status) {
        return new Person(n, "Nom", "Cognoms", birth, InsuredType.DIRECT, null, null, status, null, "AD", List.of());
    }

    static Person dependant(CassNumber n, CassNumber holder, LocalDate birth) {
        return new Person(n, "Nom", "Cognoms", birth, InsuredType.INDIRECT, holder, DependantRelation.STUDENT_18_TO_25,
                EmploymentStatus.STUDENT, null, "AD", List.of());
    }

    static Person born(LocalDate birth) {
        return direct(SUBJECT, birth, EmploymentStatus.EMPLOYED);
    }
}
