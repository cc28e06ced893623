package ad.cass.online.domain.dependants;

import ad.cass.online.domain.error.InvalidInput;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/** Who the direct insured person asks to cover (POST /dependants): their name, the category and what the form declares. */
public record NewDependant(String givenName, String familyName, DependantCategory category, LocalDate birthDate,
                           Set<SubCase> subCases, Declarations declarations) {
    public NewDependant {
        if (givenName == null || givenName.isBlank()) {
            throw new InvalidInput("givenName", "Cal indicar el nom de la persona.");
        }
        if (familyName == null || familyName.isBlank()) {
            throw new InvalidInput("familyName", "Cal indicar els cognoms de la persona.");
        }
        Objects.requireNonNull(declarations, "declarations");
        subCases = subCases == null ? Set.of() : Set.copyOf(subCases);
    }
}
