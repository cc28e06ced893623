package ad.cass.online.reports;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Subtotals of a table whose rows come in groups (an income extract's years): the group of each row, and the words of
 * its subtotal row, {@code {0}} standing for the group ({@code "Total {0}"} → "Total 2025"). The rows must arrive
 * group after group; a subtotal row follows each group's last row, and the grand total still adds up every row.
 */
public record Grouping(Function<List<Object>, String> groupOf, String label) {
    public Grouping {
        Objects.requireNonNull(groupOf, "groupOf");
        Objects.requireNonNull(label, "label");
    }

    String labelOf(String group) {
        return label.replace("{0}", group);
    }
}
