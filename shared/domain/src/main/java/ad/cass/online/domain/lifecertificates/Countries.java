package ad.cass.online.domain.lifecertificates;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 codes, upper case, as the JDK knows them ("AD", "FR", "ES", ...). */
final class Countries {
    static final String ANDORRA = "AD";
    private static final Set<String> CODES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

    private Countries() {
    }

    static boolean isCode(String value) {
        return value != null && CODES.contains(value);
    }
}
