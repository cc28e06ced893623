package ad.cass.online.local.engines;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The e-mails the functions sent, locally: the emulator's SES v2 accepts them as SES does (the sender must
 * be a verified identity, the addresses valid) and the launcher writes each one it accepted as a readable
 * {@code .eml} file into {@link #directory()}, since nothing is sent from a laptop.
 */
public final class MailOutbox {
    private final MotoEngine moto;
    private final Path directory;

    MailOutbox(MotoEngine moto, Path directory) {
        this.moto = moto;
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /** The messages sent so far, oldest first: file, from, to, date, subject and plain-text body. */
    public List<Map<String, String>> messages() {
        List<Map<String, String>> messages = new ArrayList<>();
        for (JsonNode mail : moto.outbox()) {
            Map<String, String> message = new LinkedHashMap<>();
            mail.fields().forEachRemaining(f -> message.put(f.getKey(), f.getValue().asText()));
            messages.add(message);
        }
        return messages;
    }
}
