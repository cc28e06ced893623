package ad.cass.online.aws.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ad.cass.online.domain.error.InvalidInput;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every client mistake in a body is a 400 that names the field (issues 3 and 4). */
class JsonBodyTest {

    @ParameterizedTest(name = "{0} -> field {1}")
    @CsvSource(delimiter = '|', value = {
            "''                              | body",
            "'   '                           | body",
            "'{bad'                          | body",
            "'[1,2]'                         | body",
            "'\"text\"'                      | body",
            "'{\"a\":1} trailing'            | body",
            "'{}'                            | cassNumber",
            "'{\"cassNumber\":null}'         | cassNumber",
            "'{\"cassNumber\":\"\"}'         | cassNumber",
            "'{\"cassNumber\":123456}'       | cassNumber",
            "'{\"cassNumber\":[\"1\"]}'      | cassNumber",
            "'{\"cassNumber\":{}}'           | cassNumber",
            "'{\"cassNumber\":\"12345678\"}' | cassNumber",
            "'{\"cassNumber\":\"12\\u0000A\"}' | cassNumber",
            "'{\"cassNumber\":\"12\\n456\"}' | cassNumber"})
    void badInputNamesTheField(String body, String field) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> JsonBody.parse(body).requiredString("cassNumber", 7));
        assertEquals(field, e.field());
    }

    @Test
    void deepNestingIsRefusedAsBadInput() {
        String deep = "{\"a\":" + "[".repeat(200) + "]".repeat(200) + "}";
        InvalidInput e = assertThrows(InvalidInput.class, () -> JsonBody.parse(deep));
        assertEquals("body", e.field());
    }

    @Test
    void readsWhatIsThere() {
        JsonBody body = JsonBody.parse("{\"cassNumber\":\"100001A\",\"pin\":\"Demo-2026!\",\"note\":null}");
        assertEquals("100001A", body.requiredString("cassNumber", 7));
        assertEquals("Demo-2026!", body.requiredString("pin", 128));
        assertEquals(Optional.empty(), body.optionalString("note", 10));
        assertEquals(Optional.empty(), body.optionalString("absent", 10));
    }
}
