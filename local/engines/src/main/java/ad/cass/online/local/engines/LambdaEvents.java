package ad.cass.online.local.engines;

import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Events and responses (de)serialised by the Lambda Java runtime's own serialiser, so an event file
 * reaches a handler as the same object it would be on AWS, and a response leaves as the same JSON.
 */
public final class LambdaEvents {
    private LambdaEvents() {
    }

    public static <T> T fromJson(String json, Class<T> type) {
        PojoSerializer<T> serializer = LambdaEventSerializers.serializerFor(type, LambdaEvents.class.getClassLoader());
        return serializer.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    public static <T> T read(Path file, Class<T> type) {
        try {
            return fromJson(Files.readString(file, StandardCharsets.UTF_8), type);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read event " + file, e);
        }
    }

    @SuppressWarnings("unchecked")
    public static String toJson(Object value) {
        if (value == null) {
            return "null";
        }
        PojoSerializer<Object> serializer = (PojoSerializer<Object>) LambdaEventSerializers
                .serializerFor(value.getClass(), LambdaEvents.class.getClassLoader());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        serializer.toJson(value, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
