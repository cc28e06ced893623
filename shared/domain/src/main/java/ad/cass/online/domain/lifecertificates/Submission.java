package ad.cass.online.domain.lifecertificates;

import ad.cass.online.domain.documents.FileFormat;
import java.util.Arrays;
import java.util.Objects;

/**
 * A life certificate as the route receives it ({"issuerType", "issueDate", "country", "file", "fileName",
 * "contentType"}), the file already decoded: only its size and first bytes matter to the rules.
 *
 * @param issuerType  as sent; checked by {@link LifeCertificateRules}
 * @param issueDate   as sent, yyyy-MM-dd
 * @param country     as sent, ISO 3166 alpha-2; may be null for a resident (Andorra is meant)
 * @param fileBytes   the decoded file's length; 0 when no file came
 * @param head        its first bytes (at least {@link FileFormat#SIGNATURE_BYTES} when it is that long)
 */
public record Submission(String issuerType, String issueDate, String country, String fileName, String contentType,
                         long fileBytes, byte[] head) {

    public Submission {
        head = head == null ? new byte[0] : Arrays.copyOf(head, Math.min(head.length, FileFormat.SIGNATURE_BYTES));
    }

    /** From the decoded file. */
    public static Submission of(String issuerType, String issueDate, String country, String fileName, String contentType,
                                byte[] file) {
        byte[] content = file == null ? new byte[0] : file;
        return new Submission(issuerType, issueDate, country, fileName, contentType, content.length, content);
    }

    @Override
    public byte[] head() {
        return head.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Submission s && s.fileBytes == fileBytes && Arrays.equals(s.head, head)
                && Objects.equals(s.issuerType, issuerType) && Objects.equals(s.issueDate, issueDate)
                && Objects.equals(s.country, country) && Objects.equals(s.fileName, fileName)
                && Objects.equals(s.contentType, contentType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(issuerType, issueDate, country, fileName, contentType, fileBytes, Arrays.hashCode(head));
    }

    @Override
    public String toString() {
        return "Submission[" + issuerType + ", " + issueDate + ", " + country + ", " + contentType + ", " + fileBytes + " bytes]";
    }
}
