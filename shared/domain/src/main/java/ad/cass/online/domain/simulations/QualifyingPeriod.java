package ad.cass.online.domain.simulations;

import ad.cass.online.domain.config.StrictProperties;
/**
 * Seed 003 §1.1, CARÈNCIA: the months of contributions an invalidity from common illness or non-work accident needs,
 * by the age at the event. "Menys de 21 Anys 12 mesos", "Entre 21 i 57 Anys (Edat x 3) – 51", "Més de 57 Anys 120
 * mesos": under {@code youngUnderAge} → {@code youngMonths}; over {@code olderOverAge} → {@code olderMonths}; from
 * one to the other, both included, age × {@code monthsPerYearOfAge} − {@code monthsDeducted} (12 at 21, 120 at 57).
 */
public record QualifyingPeriod(int youngUnderAge, int youngMonths, int olderOverAge, int olderMonths,
                               int monthsPerYearOfAge, int monthsDeducted) {
    public QualifyingPeriod {
        if (youngUnderAge < 0 || olderOverAge < youngUnderAge || youngMonths < 0 || olderMonths < 0) {
            throw new IllegalArgumentException("qualifying period out of range");
        }
    }

    public int monthsFor(int ageAtEvent) {
        if (ageAtEvent < youngUnderAge) {
            return youngMonths;
        }
        if (ageAtEvent > olderOverAge) {
            return olderMonths;
        }
        return ageAtEvent * monthsPerYearOfAge - monthsDeducted;
    }

    /** In Catalan, how the months for this age are found, for the reasons. */
    String ruleFor(int ageAtEvent) {
        if (ageAtEvent < youngUnderAge) {
            return Words.say("amb menys de %d anys, %d mesos", youngUnderAge, youngMonths);
        }
        if (ageAtEvent > olderOverAge) {
            return Words.say("amb més de %d anys, %d mesos", olderOverAge, olderMonths);
        }
        return Words.say("entre %d i %d anys, (edat × %d) − %d = (%d × %d) − %d = %d mesos", youngUnderAge,
                olderOverAge, monthsPerYearOfAge, monthsDeducted, ageAtEvent, monthsPerYearOfAge, monthsDeducted,
                monthsFor(ageAtEvent));
    }

    static QualifyingPeriod read(StrictProperties values) {
        String q = "commonIllness.qualifying.";
        return new QualifyingPeriod(values.integer(q + "youngUnderAge"), values.integer(q + "youngMonths"),
                values.integer(q + "olderOverAge"), values.integer(q + "olderMonths"),
                values.integer(q + "monthsPerYearOfAge"), values.integer(q + "monthsDeducted"));
    }
}
