package ad.cass.online.domain.lifecertificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seed 003 §3.2 "ON ES POT SOL·LICITAR?", "NO SÒN VÀLIDS" and "Altres opcions". */
class IssuerTypeTest {

    @ParameterizedTest(name = "{0}: valid {1}, staff only {2}")
    @CsvSource(delimiter = '|', value = {
            // seed 003 §3.2 "1. Ajuntament 2. Registre Civil 3. Comissaria de Policia 4. Seguretat Social 5. Notari."
            "TOWN_HALL             | true  | false",
            "CIVIL_REGISTRY        | true  | false",
            "POLICE_STATION        | true  | false",
            "SOCIAL_SECURITY       | true  | false",
            "NOTARY                | true  | false",
            // seed 003 §3.2 "Presencialment a la CASS", "l'eina OVAC ... videoconferència": recorded by staff (issue 21)
            "CASS_IN_PERSON        | true  | true",
            "OVAC_VIDEO_CALL       | true  | true",
            // seed 003 §3.2 "NO SÒN VÀLIDS: 1. Hospital 2. Metge. 3. Certificats de residència 4. Certificats d'escolaritat"
            "HOSPITAL              | false | false",
            "DOCTOR                | false | false",
            "RESIDENCE_CERTIFICATE | false | false",
            "SCHOOL_CERTIFICATE    | false | false"})
    void eachType(String name, boolean valid, boolean staffOnly) {
        IssuerType type = IssuerType.parse(name).orElseThrow();
        assertEquals(valid, type.valid());
        assertEquals(staffOnly, type.staffOnly());
    }

    @Test
    void theTableAboveNamesEveryType() {
        // the seed's five, its two other options and its four refusals: nothing more, nothing less
        assertEquals(11, IssuerType.values().length);
        assertTrue(Arrays.stream(IssuerType.values()).allMatch(t -> IssuerType.parse(t.name()).orElseThrow() == t));
    }

    @ParameterizedTest(name = "\"{0}\" is no type: not valid")
    @CsvSource(delimiter = '|', emptyValue = "", nullValues = "NULL", value = {
            // seed 003 §3.2 "5. ...": anything else is not valid; names are case-sensitive (issue 21)
            "''", "NULL", "hospital", "CONSULATE", "town_hall", "' TOWN_HALL'", "EMBASSY"})
    void unknownNames(String name) {
        assertEquals(Optional.empty(), IssuerType.parse(name));
    }
}
