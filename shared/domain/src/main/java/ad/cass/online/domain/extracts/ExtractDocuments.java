package ad.cass.online.domain.extracts;

import ad.cass.online.domain.person.Person;
import java.io.OutputStream;
import java.time.LocalDate;

/** Writes a requested document (its rows read from the stores as it goes) with its verification printed on every page. */
public interface ExtractDocuments {
    /**
     * @return until when the document stands, as the public check tells it: a certificate's validity; null for an
     *         extract, which states a past period and stands as long as it is unchanged
     */
    LocalDate write(ExtractRequest request, Person person, OutputStream out);

    /** The file's media type for the request's format. */
    String contentType(ExtractFormat format);
}
