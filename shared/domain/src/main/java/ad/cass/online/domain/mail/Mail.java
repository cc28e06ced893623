package ad.cass.online.domain.mail;

import java.util.Objects;

/** An e-mail to one person; {@code html} may be null for plain text only. */
public record Mail(String to, String subject, String text, String html) {
    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }
}
