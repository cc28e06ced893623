package ad.cass.online.domain.dependants;

import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.text.Text;

/**
 * Whether a dependant may be registered in the category asked for (seed 004) and, if so, what to bring. Refusals
 * name the request field at fault so the form can point at it; the CASS office still checks the papers.
 */
public final class RegistrationRules {

    private RegistrationRules() {
    }

    public static Checklist check(DependantRegistration registration) {
        Requirements requirements = RequirementsCatalogue.of(registration.category());
        for (CommonCondition condition : requirements.commonConditions()) {
            if (!condition.isMetBy(registration.declarations())) {
                throw new InvalidInput(condition.field(), condition.refusal());
            }
        }
        checkAge(registration, requirements.ageLimits());
        for (SubCase subCase : registration.subCases()) {
            // A sub-case the seed does not name for this category would silently ask for nothing: say so instead.
            if (!requirements.hasSubCase(subCase)) {
                throw new InvalidInput("subCases", "El cas «{0}» no s'aplica a la categoria d'assegurat indirecte indicada.",
                        Text.of(subCase.catalanName()));
            }
        }
        return new Checklist(registration.category(), requirements.documentsFor(registration.subCases()),
                requirements.renewals());
    }

    private static void checkAge(DependantRegistration registration, AgeLimits limits) {
        if (registration.birthDate().isAfter(registration.requestDate())) {
            throw new InvalidInput("birthDate", "La data de naixement no pot ser posterior a la data de la sol·licitud.");
        }
        int age = AgeLimits.ageOn(registration.birthDate(), registration.requestDate());
        if (!limits.admits(age)) {
            throw new InvalidInput("birthDate", "Per a aquesta categoria, la persona ha de ser {0} en la data de la sol·licitud.",
                    limits.rule());
        }
    }
}
