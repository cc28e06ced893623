package ad.cass.online.domain.dependants;

import ad.cass.online.domain.text.Text;
import java.time.LocalDate;
import java.time.Period;

/**
 * The ages, in whole years on the request date, a category admits: {@code atLeast <= age < under}. Seed 004's
 * "major de 18" is read as 18 or more (the age of majority) and "menor de 25" as 24 at most.
 */
public record AgeLimits(int atLeast, int under) {
    public static final AgeLimits NONE = new AgeLimits(0, Integer.MAX_VALUE);
    public static final AgeLimits UNDER_18 = new AgeLimits(0, 18);
    public static final AgeLimits FROM_18 = new AgeLimits(18, Integer.MAX_VALUE);
    public static final AgeLimits FROM_18_UNDER_25 = new AgeLimits(18, 25);

    public AgeLimits {
        if (atLeast < 0 || under <= atLeast) {
            throw new IllegalArgumentException("empty age range " + atLeast + ".." + under);
        }
    }

    public boolean admits(int age) {
        return age >= atLeast && age < under;
    }

    /**
     * Whole years from birth to the day. Period counts calendar months, so someone born on 29 February turns a
     * year older on 1 March in a common year: 28 February is still the day before their birthday.
     */
    public static int ageOn(LocalDate birthDate, LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    /** The rule, to complete "la persona ha de ser ..." in the reader's language. */
    Text rule() {
        if (atLeast > 0 && under != Integer.MAX_VALUE) {
            return Text.of("major de {0} i menor de {1} anys", atLeast, under);
        }
        return atLeast > 0 ? Text.of("major de {0} anys", atLeast) : Text.of("menor de {0} anys", under);
    }
}
