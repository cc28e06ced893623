package ad.cass.online.reports;

import java.util.List;

/**
 * The sums of the totalled columns, in long arithmetic on the values as given (cents, tenths of a percent):
 * the total row is then exactly the sum of the rows above it, which a sum of doubles would not promise.
 */
final class Totals {
    private final boolean[] totalled;
    private final long[] sums;

    Totals(List<Column> columns) {
        totalled = new boolean[columns.size()];
        sums = new long[columns.size()];
        for (int i = 0; i < totalled.length; i++) {
            totalled[i] = columns.get(i).totalled();
        }
    }

    /** Adds a checked row. */
    void add(List<Object> row) {
        for (int i = 0; i < totalled.length; i++) {
            Object value = row.get(i);
            if (totalled[i] && value != null) {
                sums[i] = Math.addExact(sums[i], Cells.whole(value));
            }
        }
    }

    /** Back to zero, for the next group's subtotal. */
    void clear() {
        java.util.Arrays.fill(sums, 0);
    }

    boolean any() {
        for (boolean t : totalled) {
            if (t) {
                return true;
            }
        }
        return false;
    }

    boolean isTotalled(int column) {
        return totalled[column];
    }

    long sum(int column) {
        return sums[column];
    }

    /** Where the word "Total" goes: the first column that is not itself a total. */
    int labelColumn() {
        for (int i = 0; i < totalled.length; i++) {
            if (!totalled[i]) {
                return i;
            }
        }
        return -1;
    }
}
