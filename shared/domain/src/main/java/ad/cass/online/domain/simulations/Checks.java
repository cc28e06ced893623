package ad.cass.online.domain.simulations;

import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.format.CatalanFormat;

/**
 * The simulators' input checks: a value out of range is the client's mistake, answered 400 naming the field (as the
 * JSON names it). The bounds are not the law's but what no real case reaches; a value beyond them is a typo.
 */
final class Checks {
    static final String REQUIRED = "Cal indicar aquest camp.";
    static final String AMOUNT = "Ha de ser un import entre {0} i {1}.";
    static final String MONTHS = "Ha de ser un nombre de mesos entre 0 i {0}.";
    static final String MONTHS_BEYOND_AGE = "No es poden haver cotitzat {0} mesos: "
            + "l'edat indicada en permet {1} com a màxim.";

    /** 10,000,000 €: no monthly base, pension or salary comes near it. */
    static final long MAX_CENTS = 1_000_000_000L;
    /** 120 years of contributions. */
    static final int MAX_MONTHS = 1_440;
    static final int MAX_AGE = 120;

    private Checks() {
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidInput(field, REQUIRED);
        }
        return value;
    }

    static void amount(String field, long cents) {
        if (cents < 0 || cents > MAX_CENTS) {
            throw new InvalidInput(field, AMOUNT, CatalanFormat.money(0), CatalanFormat.money(MAX_CENTS));
        }
    }

    static void months(String field, int months) {
        if (months < 0 || months > MAX_MONTHS) {
            throw new InvalidInput(field, MONTHS, MAX_MONTHS);
        }
    }

    /** Nobody contributes before being born: at most twelve months a year of age. */
    static void monthsWithinAge(String field, int months, int ageYears) {
        if (months > ageYears * 12) {
            throw new InvalidInput(field, MONTHS_BEYOND_AGE, months, ageYears * 12);
        }
    }
}
