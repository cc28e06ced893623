package ad.cass.online.domain.simulations;

import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.format.CatalanFormat;
import java.time.LocalDate;
import java.time.Period;

/**
 * What the retirement simulator is asked (seed 000 §2.2.1 "Simulador de pensions"), checked on construction except
 * what depends on the day ({@link #checkOn}).
 *
 * @param birthDate          required
 * @param pointsThousandths  the old-age points accumulated, in thousandths of a point (as the points extract keeps them)
 * @param contributedMonths  months contributed in Andorra
 * @param totalisedMonths    months contributed in a convention country that the convention adds to the Andorran ones
 *                           ("totalitzar períodes amb un país de conveni"), 0 when none
 */
public record RetirementCase(LocalDate birthDate, long pointsThousandths, int contributedMonths, int totalisedMonths) {
    static final String POINTS = "Els punts de vellesa han de ser entre 0 i {0}.";
    static final String BORN_BEFORE_TODAY = "Aquesta data ha de ser anterior a avui.";
    static final String TOO_OLD = "La data de naixement no pot ser de fa més de {0} anys.";

    /** A million points: a whole working life earns some tens of thousands. */
    static final long MAX_POINTS_THOUSANDTHS = 1_000_000_000L;

    public RetirementCase {
        Checks.required("birthDate", birthDate);
        if (pointsThousandths < 0 || pointsThousandths > MAX_POINTS_THOUSANDTHS) {
            throw new InvalidInput("pointsThousandths", POINTS, CatalanFormat.thousandths(MAX_POINTS_THOUSANDTHS));
        }
        Checks.months("contributedMonths", contributedMonths);
        Checks.months("totalisedMonths", totalisedMonths);
    }

    /** Whole years of age on {@code today}, the case checked against it: born before it, months the age allows. */
    int checkOn(LocalDate today) {
        if (!birthDate.isBefore(today)) {
            throw new InvalidInput("birthDate", BORN_BEFORE_TODAY);
        }
        int age = Period.between(birthDate, today).getYears();
        if (age > Checks.MAX_AGE) {
            throw new InvalidInput("birthDate", TOO_OLD, Checks.MAX_AGE);
        }
        Checks.monthsWithinAge("contributedMonths", contributedMonths, age);
        Checks.monthsWithinAge("totalisedMonths", contributedMonths + totalisedMonths, age);
        return age;
    }
}
