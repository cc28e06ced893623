package ad.cass.online.reports;

import java.util.List;
import java.util.function.Consumer;

/**
 * A table to export: its heading, its columns and its rows. The rows are pushed rather than returned so that a
 * caller can page through a store and hand each row over as it is read: the writers keep at most a couple of
 * hundred rows in memory, whatever the length of the table.
 */
public interface TableReport {
    ReportHeading heading();

    List<Column> columns();

    /** Streams the rows to the sink, in order; each row has one value per column. Called once. */
    void rows(Consumer<List<Object>> sink);

    /** The groups whose subtotals the table shows; null (the default) for none. */
    default Grouping grouping() {
        return null;
    }
}
