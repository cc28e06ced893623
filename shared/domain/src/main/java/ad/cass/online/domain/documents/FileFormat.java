package ad.cass.online.domain.documents;

import java.util.Arrays;
import java.util.Optional;

/**
 * The formats a person may upload (issue 18: PDF, JPEG, PNG), told apart by their first bytes, not by the name or
 * the type the browser claims: a file whose content is none of them is refused.
 */
public enum FileFormat {
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    /** Enough bytes to tell every format apart. */
    public static final int SIGNATURE_BYTES = 8;

    private final String contentType;
    private final String extension;
    private final byte[] signature;

    FileFormat(String contentType, String extension, byte[] signature) {
        this.contentType = contentType;
        this.extension = extension;
        this.signature = signature;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** The format {@code head} (a file's first bytes) starts like. */
    public static Optional<FileFormat> of(byte[] head) {
        return Arrays.stream(values()).filter(f -> head.length >= f.signature.length
                && Arrays.equals(head, 0, f.signature.length, f.signature, 0, f.signature.length)).findFirst();
    }

    /** The format a declared content type names. */
    public static Optional<FileFormat> named(String contentType) {
        return Arrays.stream(values()).filter(f -> f.contentType.equalsIgnoreCase(contentType)).findFirst();
    }
}
