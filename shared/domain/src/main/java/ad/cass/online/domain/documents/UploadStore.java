package ad.cass.online.domain.documents;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Files people upload (a procedure's documents): straight to the bucket through a presigned PUT, never through the
 * API, then inspected before anything refers to them.
 */
public interface UploadStore {
    /** What arrived: its size and its first bytes, enough to tell the format by content. */
    record Arrived(long size, byte[] head) {
    }

    /**
     * A link that accepts one PUT of exactly {@code size} bytes of {@code contentType} at {@code key}, for
     * {@code validity}.
     */
    URI uploadLink(String key, String contentType, long size, Duration validity);

    /** What is at {@code key}, with its first {@code headBytes} bytes; empty when nothing arrived. */
    Optional<Arrived> inspect(String key, int headBytes);

    /** Keeps the upload at {@code from} for good, at {@code to}, with the content type its content showed. */
    void keep(String from, String to, String contentType);

    /** Removes what is at {@code key}, if anything. */
    void discard(String key);
}
