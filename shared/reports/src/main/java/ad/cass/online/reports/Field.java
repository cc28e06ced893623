package ad.cass.online.reports;

import java.util.Objects;

/** A labelled value above the table: {@code Persona assegurada} → {@code Anna Puig Font}. */
public record Field(String label, String value) {
    public Field {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
