package ad.cass.online.domain.personalfile;

import ad.cass.online.domain.error.InvalidInput;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a contact detail must look like before the file takes it (issue 17: "every bad input … is a 400
 * problem naming the field"). Phones are checked by libphonenumber against the numbering plan of their
 * country (Andorra's when written without a prefix: six digits) and kept in E.164; an Andorran address
 * takes one of the seven parish post codes.
 */
public final class ContactRules {
    static final String BAD_EMAIL = "L'adreça de correu electrònic no és vàlida.";
    static final String BAD_PHONE = "El número de telèfon no és vàlid. Escriviu-lo amb el prefix internacional si no és d'Andorra (per exemple, +34 600 000 000).";
    static final String BAD_COUNTRY = "El país ha de ser un codi ISO de dues lletres (per exemple, AD, ES o FR).";
    static final String BAD_ANDORRAN_POSTCODE = "El codi postal d'Andorra ha de ser AD100, AD200, AD300, AD400, AD500, AD600 o AD700.";
    static final String MISSING_ADDRESS_PART = "Cal indicar l'adreça completa: carrer, codi postal, població i país.";
    /** Seed 000 sends nobody abroad by post without a country; these are the ISO 3166-1 alpha-2 codes. */
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]{2,}");
    private static final Pattern ANDORRAN_POSTCODE = Pattern.compile("AD[1-7]00");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private ContactRules() {
    }

    /** The address trimmed, or the 400 naming {@code field}. */
    public static String email(String field, String written) {
        String email = written.trim();
        if (!EMAIL.matcher(email).matches()) {
            throw new InvalidInput(field, BAD_EMAIL);
        }
        return email;
    }

    /** The number in E.164 ({@code +376812345}), Andorra's when written without a prefix. */
    public static String phone(String written) {
        try {
            Phonenumber.PhoneNumber number = PHONES.parse(written, "AD");
            if (!PHONES.isValidNumber(number)) {
                throw new InvalidInput("phone", BAD_PHONE);
            }
            return PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw new InvalidInput("phone", BAD_PHONE);
        }
    }

    /** The address with its country and post code in upper case, every part there. */
    public static PostalAddress address(String street, String postcode, String town, String country) {
        if (street == null || postcode == null || town == null || country == null) {
            String missing = street == null ? "street" : postcode == null ? "postcode" : town == null ? "town" : "country";
            throw new InvalidInput("address." + missing, MISSING_ADDRESS_PART);
        }
        String code = country.trim().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            throw new InvalidInput("address.country", BAD_COUNTRY);
        }
        String post = postcode.trim().toUpperCase(Locale.ROOT);
        if (code.equals("AD") && !ANDORRAN_POSTCODE.matcher(post.replace(" ", "")).matches()) {
            throw new InvalidInput("address.postcode", BAD_ANDORRAN_POSTCODE);
        }
        return new PostalAddress(street.trim(), code.equals("AD") ? post.replace(" ", "") : post, town.trim(), code);
    }
}
