package ad.cass.online.domain.eligibility;

import ad.cass.online.domain.config.StrictProperties;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Properties;

/**
 * The law's numbers for seed 003 §4, as configuration in {@code eligibility-parameters.properties} beside this class,
 * never literals in the rules. Each regime's ground carries its own effective date, the day the law extended the
 * regime to it (§4.1 "des de l'01/01/2022", "des del 02/01/2023"). Load once per process.
 *
 * @param payerAge                      §4.1: the age from which the third-party payer applies to everyone
 * @param payerAgeFrom                  §4.1: the day it began to apply by age
 * @param payerMinimumDegreePercent     §4.1: the CONAVA degree, in percent, from which a person counts as disabled
 * @param payerDisabilityFrom           §4.1: the day it began to apply by disability
 * @param orphanUnderAge                §4.2 "Orfes fins als 18-25 anys", our reading: the case holds before this
 *                                      birthday...
 * @param orphanStudentUnderAge         ...or before this one for a student
 * @param minorWithDisabilityUnderAge   §4.2 "menors d'edat": the case holds before this birthday
 */
public record EligibilityParameters(int payerAge, LocalDate payerAgeFrom, int payerMinimumDegreePercent,
                                    LocalDate payerDisabilityFrom, int orphanUnderAge, int orphanStudentUnderAge,
                                    int minorWithDisabilityUnderAge) {
    static final String RESOURCE = "eligibility-parameters.properties";

    public EligibilityParameters {
        Objects.requireNonNull(payerAgeFrom, "payerAgeFrom");
        Objects.requireNonNull(payerDisabilityFrom, "payerDisabilityFrom");
        if (payerAge <= 0 || payerMinimumDegreePercent <= 0 || payerMinimumDegreePercent > 100 || orphanUnderAge <= 0
                || orphanStudentUnderAge < orphanUnderAge || minorWithDisabilityUnderAge <= 0) {
            throw new IllegalArgumentException("eligibility parameters out of range");
        }
    }

    /** The parameters of the classpath resource. */
    public static EligibilityParameters load() {
        return parse(StrictProperties.resource(EligibilityParameters.class, RESOURCE));
    }

    /** Parameters written like the resource: a missing, unknown or malformed key stops the load, naming it. */
    public static EligibilityParameters parse(Properties properties) {
        StrictProperties values = new StrictProperties("eligibility parameters", StrictProperties.asMap(properties));
        EligibilityParameters parameters = new EligibilityParameters(
                values.integer("thirdPartyPayer.age.years"),
                values.date("thirdPartyPayer.age.from"),
                values.integer("thirdPartyPayer.disability.minimumDegreePercent"),
                values.date("thirdPartyPayer.disability.from"),
                values.integer("fullReimbursement.orphan.underAge"),
                values.integer("fullReimbursement.orphan.studentUnderAge"),
                values.integer("fullReimbursement.minorWithDisability.underAge"));
        values.requireAllUsed();
        return parameters;
    }
}
