package ad.cass.online.domain.dependants;

import ad.cass.online.domain.error.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A request to register an indirect insured person (seed 004): the category, the person's birth date, the day
 * of the request in Andorra, the sub-cases that apply and the applicant's answers to the common conditions.
 */
public record DependantRegistration(
        DependantCategory category,
        LocalDate birthDate,
        LocalDate requestDate,
        Set<SubCase> subCases,
        Declarations declarations) {

    /** Ages and renewals go by the Andorran calendar, not UTC: near midnight the two days differ. */
    public static final ZoneId ANDORRA = ZoneId.of("Europe/Andorra");

    public DependantRegistration {
        if (category == null) {
            throw new InvalidInput("category", "Cal indicar la categoria d'assegurat indirecte.");
        }
        if (birthDate == null) {
            throw new InvalidInput("birthDate", "Cal indicar la data de naixement.");
        }
        Objects.requireNonNull(requestDate, "requestDate");
        Objects.requireNonNull(declarations, "declarations");
        subCases = subCases == null || subCases.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(subCases));
    }

    /** The request date of something submitted at this instant. */
    public static LocalDate requestDateOf(Instant submittedAt) {
        return LocalDate.ofInstant(submittedAt, ANDORRA);
    }
}
