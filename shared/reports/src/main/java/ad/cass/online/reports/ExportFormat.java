package ad.cass.online.reports;

import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.format.Coded;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.function.BiConsumer;

/** The formats a table is exported in (seed 000 §2.1.3: "en format PDF o en format Excel"), by {@code ?format=}. */
public enum ExportFormat implements Coded {
    PDF("pdf", "application/pdf", PdfReport::write),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", XlsxReport::write);

    static final String UNKNOWN = "El format ha de ser un d'aquests: {0}.";

    private final String code;
    private final String contentType;
    private final BiConsumer<TableReport, OutputStream> writer;

    ExportFormat(String code, String contentType, BiConsumer<TableReport, OutputStream> writer) {
        this.code = code;
        this.contentType = contentType;
        this.writer = writer;
    }

    /** Also the file name's extension. */
    @Override
    public String code() {
        return code;
    }

    public String contentType() {
        return contentType;
    }

    /** What the person's browser saves it as: {@code tramits-100001A-20261130.pdf}, the day in Andorra. */
    public String fileName(String prefix, ad.cass.online.domain.person.CassNumber person, java.time.Instant issuedAt) {
        return prefix + "-" + person.value() + "-"
                + issuedAt.atZone(ad.cass.online.domain.format.CatalanFormat.ANDORRA).toLocalDate().toString().replace("-", "")
                + "." + code;
    }

    /** The document, whole: an export of one request is at most a few hundred kilobytes (five years of benefits). */
    public byte[] write(TableReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        write(report, out);
        return out.toByteArray();
    }

    /** The document into {@code out}, streamed, which is left open (a generated extract going up to S3, issue 20). */
    public void write(TableReport report, OutputStream out) {
        writer.accept(report, out);
    }

    /**
     * SnapStart priming (issue 18): a one-row document in each format, thrown away, so the snapshot holds OpenPDF's and
     * POI's classes loaded (POI's first spreadsheet costs about 0.6 s of class loading on a cold container).
     */
    public static void prime() {
        TableReport sample = new TableReport() {
            @Override
            public ReportHeading heading() {
                return new ReportHeading("-", java.util.List.of(), java.util.List.of(), java.time.Instant.EPOCH, ReportLabels.CATALAN);
            }

            @Override
            public java.util.List<Column> columns() {
                return java.util.List.of(new Column("-", ColumnType.MONEY, 1, true), new Column("-", ColumnType.DATE, 1, false));
            }

            @Override
            public void rows(java.util.function.Consumer<java.util.List<Object>> sink) {
                sink.accept(java.util.List.of(1L, java.time.LocalDate.EPOCH));
            }
        };
        for (ExportFormat format : values()) {
            format.writer.accept(sample, OutputStream.nullOutputStream());
        }
    }

    /** {@code pdf} or {@code xlsx}; anything else is a 400 naming {@code format}. */
    public static ExportFormat fromCode(String code) {
        return Coded.find(ExportFormat.class, code)
                .orElseThrow(() -> new InvalidInput("format", UNKNOWN, Coded.codes(ExportFormat.class)));
    }
}
