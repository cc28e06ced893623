package ad.cass.online.domain.dependants;

import java.util.Objects;

/**
 * One paper to bring to the Àrea d'Atenció al Públic or the Comú (seed 004). The code identifies the document
 * across categories; the text is the seed's bullet verbatim for that category, so the same document may read
 * slightly differently from one list to another (punctuation, "Passaport o DNI").
 */
public record RequiredDocument(String code, String text, Applicability applicability) {

    public RequiredDocument {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(applicability, "applicability");
    }

    static RequiredDocument always(String code, String text) {
        return new RequiredDocument(code, text, Applicability.ALWAYS);
    }

    static RequiredDocument ifApplicable(String code, String text) {
        return new RequiredDocument(code, text, Applicability.IF_APPLICABLE);
    }
}
