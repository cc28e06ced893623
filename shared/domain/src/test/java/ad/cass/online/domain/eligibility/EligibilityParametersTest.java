package ad.cass.online.domain.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seed 003 §4's numbers and dates as eligibility-parameters.properties holds them. */
class EligibilityParametersTest {

    @Test
    void theResourceHoldsTheSeedsNumbers() {
        assertEquals(new EligibilityParameters(
                65, LocalDate.of(2022, 1, 1),      // seed 003 §4.1 "a partir de 65 anys, des de l'01/01/2022"
                33, LocalDate.of(2023, 1, 2),      // seed 003 §4.1 "igual o superior al 33%", "des del 02/01/2023"
                18, 25,                            // seed 003 §4.2 "Orfes fins als 18-25 anys", our reading
                18),                               // seed 003 §4.2 "menors d'edat"
                EligibilityParameters.load());
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "thirdPartyPayer.age.years                 | sixty-five | thirdPartyPayer.age.years",
            "thirdPartyPayer.disability.from           | 02/01/2023 | thirdPartyPayer.disability.from",
            "fullReimbursement.orphan.studentUnderAge  |            | fullReimbursement.orphan.studentUnderAge",
            "fullReimbursement.orphan.studentUnderAgee | 25         | fullReimbursement.orphan.studentUnderAgee"})
    void aTypoStopsTheLoadNamingTheKey(String key, String value, String named) throws IOException {
        Properties file = resource();
        if (value == null) {
            file.remove(key);
        } else {
            file.setProperty(key, value);
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> EligibilityParameters.parse(file));
        assertTrue(e.getMessage().contains(named), e.getMessage());
    }

    static Properties resource() throws IOException {
        try (InputStream in = EligibilityParameters.class.getResourceAsStream(EligibilityParameters.RESOURCE)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
