package ad.cass.online.domain.error;

import ad.cass.online.domain.text.Text;
import java.util.List;

/**
 * A failure the person can be told about. Each subclass maps to one stable problem type (RFC 9457) in the HTTP
 * adapter. What it says is a Catalan pattern and its arguments ({@code {0}}, {@code {1}}), so the answer can be
 * written in the person's language (issue 17, {@code Translations}); {@code getMessage()} is the Catalan text.
 * It is safe to show and never holds internal detail.
 */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidInput, Unauthenticated, Forbidden, NotFound, Conflict, Gone, TooManyRequests, Unavailable {
    private final transient Text text;

    protected DomainException(String pattern, Object... args) {
        this(Text.of(pattern, args));
    }

    private DomainException(Text text) {
        super(text.toString(), null, false, false); // no stack trace: these are expected outcomes, not bugs
        this.text = text;
    }

    /** The Catalan pattern, the key of the translations. */
    public String pattern() {
        return text.pattern();
    }

    public List<Object> args() {
        return text.args();
    }

    /** Pattern and arguments together, to be put into the reader's language. */
    public Text text() {
        return text;
    }
}
