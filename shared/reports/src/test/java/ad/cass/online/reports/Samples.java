package ad.cass.online.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The tests' data: a report of every column type whose rows are made on demand, and PDF text read back. */
final class Samples {
    /** 19:05 in Andorra (UTC+1 in November) */
    static final Instant ISSUED = Instant.parse("2026-11-30T18:05:00Z");
    static final String ISSUED_TEXT = "30/11/2026 19:05";
    static final String TITLE = "Prestacions de reembossament";

    static final List<Column> COLUMNS = List.of(
            new Column("Data", ColumnType.DATE, 9, false),
            new Column("Registrat", ColumnType.DATE_TIME, 13, false),
            new Column("Full", ColumnType.TEXT, 10, false),
            new Column("Concepte", ColumnType.TEXT, 30, false),
            new Column("Quantitat", ColumnType.INTEGER, 7, true),
            new Column("Import pagat", ColumnType.MONEY, 11, true),
            new Column("Taxa", ColumnType.PERCENT, 7, false),
            new Column("Import reembossat", ColumnType.MONEY, 11, true));

    private static final String[] CONCEPTS = {"Sessió de fisioteràpia", "Cancel·lació de visita",
        "Anàlisi clínica: hemograma", "Ortopèdia: plantilles", "Visita d'oftalmologia", "Ecografia abdominal"};

    private Samples() {
    }

    static ReportHeading heading() {
        return new ReportHeading(TITLE,
                List.of(new Field("Persona assegurada", "Anna Puig Font"), new Field("Número CASS", "123456A")),
                List.of(new Field("Període", "01/01/2026 – 30/11/2026"), new Field("Tipus", "Totes les prestacions")),
                ISSUED, ReportLabels.CATALAN);
    }

    /** Row {@code i}: row 0 is the one the tests look for (05/03/2026, 1.525,33 €, 87,5 %). */
    static List<Object> row(int i) {
        LocalDate date = i == 0 ? LocalDate.of(2026, 3, 5) : LocalDate.of(2026, 1, 1).plusDays(i % 330);
        Instant registered = date.plusDays(2).atTime(9 + i % 9, (i * 7) % 60).atZone(java.time.ZoneId.of("Europe/Andorra"))
                .toInstant();
        long paid = i == 0 ? 152_533 : 500 + (i * 7_919L) % 250_000;
        long rate = i == 0 ? 875 : new long[] {750, 900, 1000, 875, 250}[i % 5];
        long reimbursed = Math.round(paid * rate / 1000.0);
        List<Object> row = new ArrayList<>();
        row.add(date);
        row.add(registered);
        row.add(sheet(i));
        row.add(CONCEPTS[i % CONCEPTS.length]);
        row.add(i % 4 == 3 ? null : (Object) (long) (1 + i % 12));
        row.add(paid);
        row.add((int) rate);
        row.add(reimbursed);
        return row;
    }

    static String sheet(int i) {
        return String.format("F26-%06d", i);
    }

    static TableReport report(int rows) {
        return report(COLUMNS, rows, Samples::row);
    }

    static TableReport report(List<Column> columns, int rows, IntFunction<List<Object>> row) {
        ReportHeading heading = heading();
        return new TableReport() {
            private boolean called;

            @Override
            public ReportHeading heading() {
                return heading;
            }

            @Override
            public List<Column> columns() {
                return columns;
            }

            @Override
            public void rows(Consumer<List<Object>> sink) {
                if (called) {
                    throw new IllegalStateException("rows() is called once");
                }
                called = true;
                for (int i = 0; i < rows; i++) {
                    sink.accept(row.apply(i));
                }
            }
        };
    }

    /** The sum of one column over the rows, computed here apart from the writers. */
    static long sum(int rows, int column) {
        long sum = 0;
        for (int i = 0; i < rows; i++) {
            Object value = row(i).get(column);
            sum += value == null ? 0 : ((Number) value).longValue();
        }
        return sum;
    }

    static byte[] pdf(TableReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfReport.write(report, out);
        return out.toByteArray();
    }

    static byte[] xlsx(TableReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxReport.write(report, out);
        return out.toByteArray();
    }

    /** Each page's text, as PDFBox extracts it. */
    static List<String> pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
