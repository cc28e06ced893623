package ad.cass.online.domain.personalfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ad.cass.online.domain.error.InvalidInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 17: a bank account is checked by a real IBAN library (check digits, the country's length) and shown masked. */
class IbansTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "AD12 0001 2030 2003 5910 0100, AD1200012030200359100100",
            "ad1200012030200359100100, AD1200012030200359100100",
            "FR14 2004 1010 0505 0001 3M02 606, FR1420041010050500013M02606",
            "ES91 2100 0418 4502 0005 1332, ES9121000418450200051332",
            "PT50 0002 0123 1234 5678 9015 4, PT50000201231234567890154"})
    void aValidIbanIsKeptInElectronicForm(String written, String kept) {
        assertEquals(kept, Ibans.normalised(written));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "AD13 0001 2030 2003 5910 0100 | " + Ibans.WRONG_CHECK_DIGITS,
            "ES91 2100 0418 4502 0005 1333 | " + Ibans.WRONG_CHECK_DIGITS,
            "ES48 2100 0418 4102 0005 1332 | " + Ibans.WRONG_CHECK_DIGITS, // ISO digits right, Spain's own wrong
            "AD12 0001 2030 2003 5910 01 | " + Ibans.WRONG_LENGTH,
            "AD12 0001 2030 2003 5910 0100 00 | " + Ibans.WRONG_LENGTH,
            "ZZ12 0001 2030 2003 5910 0100 | " + Ibans.UNKNOWN_COUNTRY,
            "1234 5678 | " + Ibans.UNKNOWN_COUNTRY})
    void aWrongIbanIsABadRequestNamingIt(String written, String message) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> Ibans.normalised(written));
        assertEquals("iban", refused.field());
        assertEquals(message, refused.getMessage());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "AD1200012030200359100100, **** **** **** **** **** 0100",
            "FR1420041010050500013M02606, **** **** **** **** **** ***2 606",
            "PT50000201231234567890154, **** **** **** **** **** *015 4"})
    void onlyTheLastFourCharactersShow(String iban, String masked) {
        assertEquals(masked, Ibans.mask(iban));
    }
}
