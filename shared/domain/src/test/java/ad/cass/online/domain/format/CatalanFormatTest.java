package ad.cass.online.domain.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DEVELOPERS.md and DOMAIN.md: Catalan formats, {@code 1.525,33 €} (the SMI of seed 003) and {@code dd/MM/yyyy}. */
class CatalanFormatTest {

    @ParameterizedTest(name = "{0} cents -> {1}")
    @CsvSource(delimiter = '|', value = {
            "152533    | 1.525,33 €", "61013 | 610,13 €", "0 | 0,00 €", "5 | 0,05 €", "-5 | -0,05 €", "100 | 1,00 €",
            "100000000 | 1.000.000,00 €", "99999 | 999,99 €", "-122026 | -1.220,26 €"})
    void money(long cents, String text) {
        assertEquals(text, CatalanFormat.money(cents));
    }

    @ParameterizedTest(name = "{0} thousandths -> {1}")
    @CsvSource(delimiter = '|', value = {"1234567 | 1.234,567", "7 | 0,007", "1000 | 1,000"})
    void thousandths(long value, String text) {
        assertEquals(text, CatalanFormat.thousandths(value));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-11-30T14:05:00Z | 30/11/2026 15:05", // winter: UTC+1
            "2026-07-01T22:30:00Z | 02/07/2026 00:30", // summer: UTC+2, the next day in Andorra
            "2026-03-29T00:59:00Z | 29/03/2026 01:59", "2026-03-29T01:00:00Z | 29/03/2026 03:00"}) // the spring change
    void timesAreAndorraTimes(String instant, String text) {
        assertEquals(text, CatalanFormat.dateTime(Instant.parse(instant)));
    }

    @ParameterizedTest
    @CsvSource({"2026-02-09, 09/02/2026", "2024-02-29, 29/02/2024"})
    void dates(String day, String text) {
        assertEquals(text, CatalanFormat.date(LocalDate.parse(day)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0 | 0", "999 | 999", "1000 | 1.000", "1234567 | 1.234.567", "-12345 | -12.345"})
    void integers(long value, String text) {
        assertEquals(text, CatalanFormat.integer(value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"750 | 75 %", "875 | 87,5 %", "1000 | 100 %", "0 | 0 %", "5 | 0,5 %", "-25 | -2,5 %"})
    void percents(long tenths, String text) {
        assertEquals(text, CatalanFormat.percent(tenths));
    }
}
