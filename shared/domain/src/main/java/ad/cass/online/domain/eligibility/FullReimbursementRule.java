package ad.cass.online.domain.eligibility;

import static ad.cass.online.domain.eligibility.Words.al;
import static ad.cass.online.domain.eligibility.Words.del;
import static ad.cass.online.domain.eligibility.Words.say;

import ad.cass.online.domain.person.EmploymentStatus;
import ad.cass.online.domain.person.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Seed 003 §4.2 "REEMBORSAMENT FINS AL 100%": a right when at least one of the seven cases is active today and the
 * person has no private complementary insurance ("INCOMPATIBLE AMB UNA ASSEGURANÇA COMPLEMENTÀRIA PRIVADA").
 * <ul>
 * <li>A case is active when its recorded period covers today ({@link Entitlement#coversDay}).</li>
 * <li>"Orfes fins als 18-25 anys", our reading: besides, the person is under 18, or under 25 and a student
 * ({@link EmploymentStatus#STUDENT}). A minor with a disability: besides, under 18. Both limits are
 * eligibility-parameters.properties'.</li>
 * <li>Since: the earliest start of an active case. Without a recorded situation there is no case.</li>
 * </ul>
 */
final class FullReimbursementRule {
    private FullReimbursementRule() {
    }

    static FullReimbursement decide(Person person, Optional<SocialSituation> situation, LocalDate today,
                                    EligibilityParameters p) {
        List<String> reasons = new ArrayList<>();
        List<Entitlement> recorded = situation.map(SocialSituation::entitlements).orElse(List.of()).stream()
                .sorted(Comparator.comparing(Entitlement::kind).thenComparing(Entitlement::since)).toList();
        if (recorded.isEmpty()) {
            reasons.add("No consta cap dels casos que donen dret al reemborsament fins al 100 %.");
        }
        List<Entitlement> active = new ArrayList<>();
        for (Entitlement e : recorded) {
            String holds = holds(e, person, today, p);
            if (holds == null) {
                active.add(e);
            }
            reasons.add(say("«%s», %s: %s.", e.kind().label(), period(e),
                    holds == null ? "es compleix" + ageNote(e.kind(), p) : holds));
        }
        List<Entitlement.Kind> cases = active.stream().map(Entitlement::kind).distinct().toList();
        boolean insured = situation.map(SocialSituation::privateComplementaryInsurance).orElse(false);
        if (insured) {
            reasons.add("Consta una assegurança complementària privada: el reemborsament fins al 100 % hi és incompatible.");
        }
        if (active.isEmpty() || insured) {
            reasons.add(!active.isEmpty()
                    ? "No teniu dret al reemborsament fins al 100 %: és incompatible amb una assegurança complementària privada."
                    : "No teniu dret al reemborsament fins al 100 %.");
            return new FullReimbursement(false, null, cases, reasons);
        }
        LocalDate since = active.stream().map(Entitlement::since).min(Comparator.naturalOrder()).orElseThrow();
        reasons.add(say("Teniu dret al reemborsament fins al 100 %% des %s.", del(since)));
        return new FullReimbursement(true, since, cases, reasons);
    }

    /** Null when the case holds today; otherwise why not, for the person. */
    private static String holds(Entitlement e, Person person, LocalDate today, EligibilityParameters p) {
        if (e.since().isAfter(today)) {
            return "encara no es compleix";
        }
        if (!e.coversDay(today)) {
            return "ja no es compleix";
        }
        int age = person.ageOn(today);
        boolean student = person.employmentStatus() == EmploymentStatus.STUDENT;
        return switch (e.kind()) {
            case ORPHAN -> age < (student ? p.orphanStudentUnderAge() : p.orphanUnderAge()) ? null
                    : say("ja no es compleix, amb %d anys%s", age, student || age >= p.orphanStudentUnderAge()
                    ? "" : " i sense constar com a estudiant") + ageNote(e.kind(), p);
            case MINOR_WITH_DISABILITY -> age < p.minorWithDisabilityUnderAge() ? null
                    : say("ja no es compleix, amb %d anys", age) + ageNote(e.kind(), p);
            default -> null;
        };
    }

    /** The age limit of a case that has one, in brackets. */
    private static String ageNote(Entitlement.Kind kind, EligibilityParameters p) {
        return switch (kind) {
            case ORPHAN -> say(" (el cas dura fins als %d anys, o fins als %d per a qui estudia)", p.orphanUnderAge(),
                    p.orphanStudentUnderAge());
            case MINOR_WITH_DISABILITY -> say(" (el cas dura fins als %d anys)", p.minorWithDisabilityUnderAge());
            default -> "";
        };
    }

    private static String period(Entitlement e) {
        return e.until() == null ? say("des %s sense data de fi", del(e.since()))
                : say("des %s fins %s", del(e.since()), al(e.until()));
    }
}
