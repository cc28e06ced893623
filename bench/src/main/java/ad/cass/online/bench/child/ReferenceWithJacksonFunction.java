package ad.cass.online.bench.child;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** The reference plus what Jackson costs: an ObjectMapper built at init, the body written with it. */
public final class ReferenceWithJacksonFunction extends ReferenceGetItemFunction {
    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    protected String body(String givenName) {
        try {
            return mapper.writeValueAsString(Map.of("givenName", givenName));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
