package ad.cass.online.domain.extracts;

import ad.cass.online.domain.person.Person;
import java.io.OutputStream;

/** Writes a requested document (its rows read from the stores as it goes) with its verification printed on every page. */
public interface ExtractDocuments {
    void write(ExtractRequest request, Person person, OutputStream out);

    /** The file's media type for the request's format. */
    String contentType(ExtractFormat format);
}
