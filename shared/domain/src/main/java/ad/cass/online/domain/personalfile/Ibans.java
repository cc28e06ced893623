package ad.cass.online.domain.personalfile;

import ad.cass.online.domain.error.InvalidInput;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

/**
 * IBANs as the personal file takes and shows them (issue 17): checked by iban4j (the country's length and
 * layout, ISO 13616 check digits), kept in electronic form (no spaces, upper case), shown masked but for the
 * last four characters.
 * An IBAN is written {@code AD12 0001 2030 2003 5910 0100} on paper; spaces and lower case are taken.
 */
public final class Ibans {
    static final String FIELD = "iban";
    static final String UNKNOWN_COUNTRY = "L'IBAN ha de començar pel codi d'un país que faci servir IBAN (per exemple, AD).";
    static final String WRONG_LENGTH = "L'IBAN no té la llargada ni el format que corresponen al seu país.";
    static final String WRONG_CHECK_DIGITS = "Els dígits de control de l'IBAN no quadren: reviseu que l'hàgiu escrit bé.";

    private Ibans() {
    }

    /** The IBAN in electronic form, or the 400 that says what is wrong with it. */
    public static String normalised(String written) {
        String iban = written.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        try {
            IbanUtil.validateWithCountryRules(iban); // also a country's own check digits (ES, FR, PT, …)
            return iban;
        } catch (UnsupportedCountryException e) {
            throw new InvalidInput(FIELD, UNKNOWN_COUNTRY);
        } catch (InvalidCheckDigitException e) {
            throw new InvalidInput(FIELD, WRONG_CHECK_DIGITS);
        } catch (IbanFormatException e) {
            throw new InvalidInput(FIELD, switch (e.getFormatViolation()) {
                case COUNTRY_CODE_TWO_LETTERS, COUNTRY_CODE_UPPER_CASE_LETTERS, COUNTRY_CODE_EXISTS -> UNKNOWN_COUNTRY;
                case COUNTRY_RULES_FAILED -> WRONG_CHECK_DIGITS;
                default -> WRONG_LENGTH;
            });
        }
    }

    /** {@code AD12 0001 2030 2003 5910 0100} → {@code **** **** **** **** **** 0100}: in groups of four, as printed. */
    public static String mask(String iban) {
        StringBuilder masked = new StringBuilder();
        for (int i = 0; i < iban.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                masked.append(' ');
            }
            masked.append(i < iban.length() - 4 ? '*' : iban.charAt(i));
        }
        return masked.toString();
    }
}
