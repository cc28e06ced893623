package ad.cass.online.domain.documents;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Generated files (extracts, copies of benefit sheets), handed to the person by a short-lived link. */
public interface DocumentStore {
    void put(String key, byte[] content, String contentType);

    Optional<byte[]> get(String key);

    /** A link that downloads the object as {@code fileName} and stops working after {@code validity}. */
    URI downloadLink(String key, String fileName, Duration validity);
}
