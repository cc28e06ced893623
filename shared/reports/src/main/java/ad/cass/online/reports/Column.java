package ad.cass.online.reports;

import java.util.Objects;

/**
 * One column of a table report: its heading (in the reader's language), what it holds, its share of the width
 * (relative to the other columns') and whether the last row adds it up; and what an empty cell says, when empty means
 * something ("Actualment" for a period that still lasts), null to leave it blank.
 */
public record Column(String heading, ColumnType type, float relativeWidth, boolean totalled, String whenEmpty) {
    public Column {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(type, "type");
        if (!(relativeWidth > 0)) {
            throw new IllegalArgumentException("column «" + heading + "»: relativeWidth must be positive");
        }
        if (totalled && !type.isNumeric()) {
            throw new IllegalArgumentException("column «" + heading + "»: only numbers can be totalled, not " + type);
        }
    }

    /** A column whose empty cells are blank. */
    public Column(String heading, ColumnType type, float relativeWidth, boolean totalled) {
        this(heading, type, relativeWidth, totalled, null);
    }
}
