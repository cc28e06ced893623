package ad.cass.online.domain.extracts;

import java.io.OutputStream;

/**
 * Where generated documents are written (the documents bucket, under {@code generated/}): streamed, so a large
 * document never sits whole in memory, and visible only once complete. A write that fails or is abandoned leaves
 * nothing behind.
 */
public interface GeneratedFiles {
    /** A file being written; {@link Upload#complete} makes it visible, {@link Upload#close} without it discards it. */
    Upload open(String key, String contentType);

    /** Removes a complete file (a duplicate generation that lost the race). */
    void delete(String key);

    interface Upload extends AutoCloseable {
        OutputStream stream();

        void complete();

        /** Discards the file unless it was completed. */
        @Override
        void close();
    }
}
