package ad.cass.online.domain.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ad.cass.online.domain.error.InvalidInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Seed 000, §1.1: "el número de la CASS (6 dígits + lletra en majúscula)". */
class CassNumberTest {

    @ParameterizedTest(name = "{0} is a CASS number")
    @ValueSource(strings = {"123456A", "000000Z", "100001A", "999999M"})
    void sixDigitsAndAnUppercaseLetter(String value) {
        assertEquals(value, CassNumber.of(value).value());
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = {"123456a", "12345A", "1234567A", "123456", "A123456", "123456AB", " 123456A",
            "123456A ", "12 456A", "１２３４５６A", "123456Á", "123456-"})
    void anythingElseIsRefusedNamingTheField(String value) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> CassNumber.of(value));
        assertEquals("cassNumber", e.field());
    }

    @ParameterizedTest(name = "{0} is logged as {1}")
    @CsvSource({"100001A,****01A", "987654Z,****54Z"})
    void logsNeverHoldTheFullNumber(String value, String masked) {
        assertEquals(masked, CassNumber.of(value).masked());
        assertEquals(masked, CassNumber.of(value).toString());
    }
}
