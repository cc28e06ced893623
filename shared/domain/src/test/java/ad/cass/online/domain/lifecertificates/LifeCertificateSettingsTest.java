package ad.cass.online.domain.lifecertificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DOMAIN.md: the deadline and reminders are configuration; issue 21 gives the defaults and the variables. */
class LifeCertificateSettingsTest {

    @Test
    void nothingSetGivesIssue21sDefaults() {
        LifeCertificateSettings s = LifeCertificateSettings.fromValues(name -> null);
        assertEquals(LifeCertificateSettings.defaults(), s);
        assertEquals(1, s.deadlineMonthsAfter());
        assertEquals(List.of(30, 7), s.reminderDaysBefore());
        assertEquals(3, s.closeAfterYears());
        assertEquals(10L * 1024 * 1024, s.maxFileBytes());
    }

    @Test
    void everyVariableIsRead() {
        Map<String, String> env = Map.of("LIFE_CERT_DEADLINE_MONTHS_AFTER", "2", "LIFE_CERT_REMINDER_DAYS", "7, 14,30",
                "LIFE_CERT_CLOSE_AFTER_YEARS", "4", "LIFE_CERT_RESIDENT_CHECK_SHARE", "0.1",
                "LIFE_CERT_RESIDENT_CHECK_SEED", "-42");
        LifeCertificateSettings s = LifeCertificateSettings.fromValues(env::get);
        assertEquals(new LifeCertificateSettings(2, List.of(30, 14, 7), 4, 10L * 1024 * 1024, 0.1, -42), s);
        assertEquals(List.of(), LifeCertificateSettings.fromValues(Map.of("LIFE_CERT_REMINDER_DAYS", "none")::get)
                .reminderDaysBefore());
    }

    @ParameterizedTest(name = "{0}={1} is refused, naming the variable")
    @CsvSource(delimiter = '|', value = {
            "LIFE_CERT_DEADLINE_MONTHS_AFTER | -1",
            "LIFE_CERT_DEADLINE_MONTHS_AFTER | one",
            "LIFE_CERT_DEADLINE_MONTHS_AFTER | 6",
            "LIFE_CERT_REMINDER_DAYS         | 30;7",
            "LIFE_CERT_REMINDER_DAYS         | 30,30",
            "LIFE_CERT_REMINDER_DAYS         | 30,0",
            "LIFE_CERT_REMINDER_DAYS         | 30,",
            "LIFE_CERT_CLOSE_AFTER_YEARS     | 0",
            "LIFE_CERT_RESIDENT_CHECK_SHARE  | 1.5",
            "LIFE_CERT_RESIDENT_CHECK_SHARE  | -0.01",
            "LIFE_CERT_RESIDENT_CHECK_SHARE  | NaN",
            "LIFE_CERT_RESIDENT_CHECK_SHARE  | 5%",
            "LIFE_CERT_RESIDENT_CHECK_SEED   | 0x10"})
    void badValues(String name, String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LifeCertificateSettings.fromValues(Map.of(name, value)::get));
        assertTrue(e.getMessage().startsWith(name + " "), e.getMessage());
    }
}
