package ad.cass.online.reports;

import ad.cass.online.domain.format.CatalanFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The values of a row: checked against their column once, here, so that a wrong type fails with the column's
 * name instead of a ClassCastException deep in a writer; and written as Catalan text for the PDF.
 */
final class Cells {
    private Cells() {
    }

    /** The report's columns, at least one. */
    static List<Column> columns(List<Column> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table report has at least one column");
        }
        return List.copyOf(columns);
    }

    /** Fails unless the row has one value of the right type (or null) per column. */
    static void check(List<Column> columns, List<Object> row) {
        if (row.size() != columns.size()) {
            throw new IllegalArgumentException(
                    "a row has " + row.size() + " values for " + columns.size() + " columns");
        }
        for (int i = 0; i < row.size(); i++) {
            Object value = row.get(i);
            Column column = columns.get(i);
            if (value != null && !fits(column.type(), value)) {
                throw new IllegalArgumentException("column «" + column.heading() + "» (" + column.type()
                        + ") cannot hold a " + value.getClass().getSimpleName());
            }
        }
    }

    private static boolean fits(ColumnType type, Object value) {
        return switch (type) {
            case TEXT -> value instanceof String;
            case DATE -> value instanceof LocalDate;
            case DATE_TIME -> value instanceof Instant;
            // whole numbers only: a double of euros is how cents get lost
            case MONEY, INTEGER, PERCENT, THOUSANDTHS -> value instanceof Long || value instanceof Integer;
        };
    }

    /** A checked numeric value as a long. */
    static long whole(Object value) {
        return ((Number) value).longValue();
    }

    /** A checked value of the column as people read it in Catalan; for null, what the column's empty cells say. */
    static String text(Column column, Object value) {
        if (value == null) {
            return column.whenEmpty() == null ? "" : column.whenEmpty();
        }
        return text(column.type(), value);
    }

    /** A checked value as people read it in Catalan; empty for null. */
    static String text(ColumnType type, Object value) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case TEXT -> (String) value;
            case DATE -> CatalanFormat.date((LocalDate) value);
            case DATE_TIME -> CatalanFormat.dateTime((Instant) value);
            case MONEY -> CatalanFormat.money(whole(value));
            case INTEGER -> CatalanFormat.integer(whole(value));
            case PERCENT -> CatalanFormat.percent(whole(value));
            case THOUSANDTHS -> CatalanFormat.thousandths(whole(value));
        };
    }
}
