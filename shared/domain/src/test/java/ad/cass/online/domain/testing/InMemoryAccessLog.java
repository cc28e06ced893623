package ad.cass.online.domain.testing;

import ad.cass.online.domain.access.AccessEntry;
import ad.cass.online.domain.access.AccessLog;
import ad.cass.online.domain.person.CassNumber;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The access log as a list, for unit tests of the rules (a fake of our own port). */
public final class InMemoryAccessLog implements AccessLog {
    public final List<AccessEntry> entries = new ArrayList<>();

    @Override
    public synchronized void record(AccessEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized Page page(CassNumber subject, int limit, String cursor) {
        int from = cursor == null ? 0 : Integer.parseInt(cursor);
        List<Logged> mine = entries.stream().filter(e -> e.subject().equals(subject))
                .sorted(Comparator.comparing(AccessEntry::at).reversed()).map(e -> new Logged(e, "test")).toList();
        int to = Math.min(mine.size(), from + limit);
        return new Page(mine.subList(from, to), to < mine.size() ? Integer.toString(to) : null);
    }

    public synchronized AccessEntry last() {
        return entries.get(entries.size() - 1);
    }
}
