package ad.cass.online.reports;

/**
 * What a column holds, which decides how it is written: Catalan text in a PDF, a typed cell in a spreadsheet.
 * Money and percentages are whole numbers so that totals are exact (never floating point).
 */
public enum ColumnType {
    /** a {@link String} */
    TEXT,
    /** a {@link java.time.LocalDate}, {@code dd/MM/yyyy} */
    DATE,
    /** an {@link java.time.Instant}, shown as Andorra's local time, {@code dd/MM/yyyy HH:mm} */
    DATE_TIME,
    /** a {@link Long} (or {@link Integer}) of cents, {@code 1.525,33 €} */
    MONEY,
    /** a {@link Long} or {@link Integer}, {@code 12.345} */
    INTEGER,
    /** a {@link Long} or {@link Integer} of tenths of a percent: 750 is {@code 75 %}, 875 is {@code 87,5 %} */
    PERCENT,
    /** a {@link Long} or {@link Integer} of thousandths: old-age points (seed 000 §2.2.1), 1234567 is {@code 1.234,567} */
    THOUSANDTHS;

    boolean isNumeric() {
        return this == MONEY || this == INTEGER || this == PERCENT || this == THOUSANDTHS;
    }
}
