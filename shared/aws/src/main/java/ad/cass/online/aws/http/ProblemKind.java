package ad.cass.online.aws.http;

import ad.cass.online.domain.settings.Language;
import ad.cass.online.domain.text.Translations;

/**
 * What a {@link Problem} needs of its type: the stable URI, the HTTP status and the Catalan title. The API's
 * own types are {@link ProblemType}; the local runtime adds the few that only a gateway answers.
 */
public interface ProblemKind {
    String uri();

    int status();

    String title();

    /** The title in the reader's language: the Catalan one is the catalogue's key. */
    default String title(Language language) {
        return Translations.of(language, title());
    }
}
