package ad.cass.online.reports;

import java.net.URI;
import java.util.Objects;

/**
 * How anyone holding an issued document checks it (issue 20: "Every document carries a verification code ... and a QR
 * code of the verification URL, on every page"): the code, grouped for reading aloud ({@code 7KQ2-M9XD-4H1T-ZC8P}, made
 * by the domain's {@code VerificationCodes}), and the public URL where it is checked, which the QR code holds.
 */
public record Verification(String code, URI url) {
    public Verification {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(url, "url");
        if (code.isBlank()) {
            throw new IllegalArgumentException("a verification code is not blank");
        }
        if (!url.isAbsolute()) {
            throw new IllegalArgumentException("a verification URL is absolute, for a phone to open: " + url);
        }
    }

    /** The line printed on every page: {@code Codi de verificació: 7KQ2-M9XD-4H1T-ZC8P · https://…}. */
    public String line(ReportLabels labels) {
        return labels.verificationCode() + ": " + value();
    }

    /** The code and the URL, as the value of a labelled line: {@code 7KQ2-M9XD-4H1T-ZC8P · https://…}. */
    public String value() {
        return code + " · " + url;
    }
}
