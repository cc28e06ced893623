package ad.cass.online.domain.access;

import ad.cass.online.domain.person.CassNumber;
import java.util.List;

/**
 * Where the access guard writes down every access it lets through, kept two years, and where a person reads
 * who touched their data. A failure to write it refuses the access (the store's Unavailable): data is never
 * reached without its entry.
 */
public interface AccessLog {
    /** Writes the entry down, with the route of the request it is part of (the adapter knows it). */
    void record(AccessEntry entry);

    /** The subject's entries, newest first, a page at a time; {@code cursor} null for the first page. */
    Page page(CassNumber subject, int limit, String cursor);

    record Logged(AccessEntry entry, String route) {
    }

    /** @param next null on the last page */
    record Page(List<Logged> entries, String next) {
        public Page {
            entries = List.copyOf(entries);
        }
    }
}
