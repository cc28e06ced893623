package ad.cass.online.domain.simulations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The law's numbers as configuration by effective date (issue 19), as pension-parameters.properties holds them. */
class PensionParametersTest {
    static final ParameterSet Y2026 = PensionParameters.load().at(LocalDate.of(2026, 1, 1));

    @Test
    void theResourceHoldsTheSeedsNumbers() {
        assertEquals(LocalDate.of(2026, 1, 1), Y2026.effectiveFrom());
        assertEquals(0, new BigDecimal("152533").compareTo(Y2026.minimumWageCents())); // seed 003 §2.1 "SMI = 1.525,33 €"
        assertEquals(0, new BigDecimal("2.5").compareTo(Y2026.invalidity().capMinimumWageMultiple())); // seed 003 §1.5
        assertEquals(0, new BigDecimal("60").compareTo(Y2026.invalidity().commonIllnessMinimumImpairmentPercent())); // §1.1
        assertEquals(new QualifyingPeriod(21, 12, 57, 120, 3, 51), Y2026.invalidity().qualifyingPeriod()); // seed 003 §1.1
        assertEquals(0, new BigDecimal("50").compareTo(Y2026.invalidity().group1Percent())); // seed 003 §1.2
        assertEquals(0, new BigDecimal("100").compareTo(Y2026.invalidity().group2Percent()));
        assertEquals(11, Y2026.invalidity().workAccident().capitalMultiplesFrom().size()); // seed 003 §1.4, 0 to 19
        assertEquals(0, new BigDecimal("40").compareTo(Y2026.cnc().thresholdPercent(1))); // seed 003 §2.1
        assertEquals(0, new BigDecimal("80").compareTo(Y2026.cnc().thresholdPercent(2)));
        assertEquals(65, Y2026.retirement().age()); // seed 000 §2.2.1
        assertEquals(180, Y2026.retirement().minimumContributionMonths());
        assertEquals(0, new BigDecimal("61.5").compareTo(Y2026.retirement().annualPointValueCents())); // our placeholder
    }

    @ParameterizedTest(name = "age {0} -> {1} months")
    @CsvSource({"0, 12", "20, 12", "21, 12", "22, 15", "40, 69", "57, 120", "58, 120", "120, 120"}) // seed 003 §1.1
    void qualifyingMonthsByAge(int age, int months) {
        assertEquals(months, Y2026.invalidity().qualifyingPeriod().monthsFor(age));
    }

    @Test
    void theSetInForceIsTheLatestNotAfterTheDay() {
        PensionParameters loaded = PensionParameters.load();
        assertEquals(Y2026, loaded.at(LocalDate.of(2026, 12, 31)));
        assertEquals(Y2026, loaded.at(LocalDate.of(2040, 1, 1)));
        IllegalStateException before = assertThrows(IllegalStateException.class, () -> loaded.at(LocalDate.of(2025, 12, 31)));
        assertTrue(before.getMessage().contains("2025-12-31") && before.getMessage().contains("2026-01-01"), before.getMessage());
    }

    @Test
    void aSecondSetBuiltDirectlyTakesEffectOnItsDate() {
        ParameterSet y2027 = new ParameterSet(LocalDate.of(2027, 1, 1), new BigDecimal("160000"), Y2026.invalidity(),
                Y2026.cnc(), Y2026.retirement());
        PensionParameters both = PensionParameters.of(y2027, Y2026);
        assertEquals(Y2026, both.at(LocalDate.of(2026, 12, 31)));
        assertEquals(y2027, both.at(LocalDate.of(2027, 1, 1)));
        // the simulators take the set of the day: 40 % of 1.600,00 € = 640,00 €
        CncSimulator cnc = new CncSimulator(both);
        assertEquals(61013, cnc.simulate(new CncCase(1, 0, 0, true, false), LocalDate.of(2026, 12, 31)).amountCents());
        assertEquals(64000, cnc.simulate(new CncCase(1, 0, 0, true, false), LocalDate.of(2027, 1, 1)).amountCents());
        assertThrows(IllegalArgumentException.class, () -> PensionParameters.of(Y2026, Y2026));
    }

    @Test
    void aLaterDateInTheFileChangesOnlyWhatItNames() throws IOException {
        Properties file = resource();
        file.setProperty("2027-01-01.minimumWageCents", "160000");
        file.setProperty("2027-01-01.workAccident.capitalMultipleFrom.10", "2.75");
        PensionParameters parsed = PensionParameters.parse(file);
        ParameterSet y2027 = parsed.at(LocalDate.of(2027, 6, 1));
        assertEquals(0, new BigDecimal("160000").compareTo(y2027.minimumWageCents()));
        assertEquals(0, new BigDecimal("2.75").compareTo(y2027.invalidity().workAccident().capitalBand(BigDecimal.TEN).getValue()));
        assertEquals(Y2026.cnc(), y2027.cnc());
        assertEquals(Y2026, parsed.at(LocalDate.of(2026, 12, 31)));
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "2026-01-01.minimumWageCnts | 1     | unknown",       // a typo is not ignored
            "2026-01-01.cnc.group1Percent | forty | not a number",
            "2026-13-01.minimumWageCents | 1    | not yyyy-MM-dd",
            "minimumWageCents           | 1     | no effective date",
            "2026-01-01.retirement.age  | 65.5  | whole number"})
    void aBadFileStopsTheLoad(String key, String value, String message) throws IOException {
        Properties file = resource();
        file.setProperty(key, value);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PensionParameters.parse(file));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void aMissingValueStopsTheLoad() throws IOException {
        Properties file = resource();
        file.remove("2026-01-01.cnc.group2Percent");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PensionParameters.parse(file));
        assertTrue(e.getMessage().contains("cnc.group2Percent is missing"), e.getMessage());
    }

    static Properties resource() throws IOException {
        try (InputStream in = PensionParameters.class.getResourceAsStream(PensionParameters.RESOURCE)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
