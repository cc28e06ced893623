package ad.cass.online.bench;

import ad.cass.online.reports.Column;
import ad.cass.online.reports.ColumnType;
import ad.cass.online.reports.Field;
import ad.cass.online.reports.PdfReport;
import ad.cass.online.reports.ReportHeading;
import ad.cass.online.reports.ReportLabels;
import ad.cass.online.reports.TableReport;
import ad.cass.online.reports.XlsxReport;
import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * What exporting a person's reimbursement lines, or the whole-life income extract ({@code --table income}, issue 19:
 * 40 years, 3 declarants a month, about 10 concept lines each, through the very IncomeExtractReport the functions
 * use), costs: our PDF and XLSX writers beside the least one could write with the same libraries (the same rows in a plain PdfPTable, streamed the same way but with no header, footer,
 * styling or Catalan formatting; plain SXSSF cells with no styles), and the ratio ours/raw. Goal: within 1.5× of
 * raw, and under 256 MB of heap. {@code bench/run export [--table income|reimbursements] [--into s3] [--rows N]};
 * {@code --into s3} (issue 20) writes ours as the extract generator does, sealed and uploaded ({@link ExtractIntoS3}).
 *
 * <p>Time: in this JVM, subjects interleaved round by round (3 warm-up rounds, then the median of 7), so JIT
 * warm-up and machine noise fall on every subject alike. Heap: each subject alone in a child JVM capped at
 * {@code -Xmx256m} with the serial collector (what a Lambda below 1,769 MB, one vCPU or less, runs), which says
 * whether it fits at all, and, over 7 runs after 3 warm-ups, the sum of the heap pools' peaks (an upper bound of
 * the footprint, garbage included: with a 256 MB cap it mostly shows the young generation's size), then in one more
 * run the live heap after a full collection at each quarter of the rows (what the writer holds: flat when it
 * streams). The documents go to a stream that only counts bytes, as an upload to S3 would take them.
 */
public final class ExportBench {
    static final int WARMUPS = 3;
    static final int RUNS = 7;
    static final long MB = 1024 * 1024;

    enum Subject {
        PDF_REPORT("PdfReport"), RAW_PDF("raw OpenPDF"), XLSX_REPORT("XlsxReport"), RAW_POI("raw POI");

        private final String label;

        Subject(String label) {
            this.label = label;
        }

        /** What it is in this run: {@code --into s3} writes ours sealed into S3Proxy, raw into a local file. */
        String label() {
            if (intoS3 == null) {
                return label;
            }
            return switch (this) {
                case PDF_REPORT -> "PDF→S3 sealed";
                case XLSX_REPORT -> "XLSX→S3";
                default -> label + "→file";
            };
        }

        /** Writes the document of {@code rows} lines; returns its size in bytes. */
        long run(int rows) throws Exception {
            Counting out = new Counting();
            if (intoS3 != null) {
                return switch (this) {
                    case PDF_REPORT -> intoS3.pdf(rows);
                    case XLSX_REPORT -> intoS3.xlsx(rows);
                    case RAW_PDF -> toLocalFile(file -> rawPdf(IncomeRows.COLUMNS.size(), IncomeRows.rows(rows), file));
                    case RAW_POI -> toLocalFile(file -> {
                        try {
                            rawPoi(IncomeRows.rows(rows), file);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
                };
            }
            if (income) {
                switch (this) {
                    case PDF_REPORT -> PdfReport.write(IncomeRows.report(rows), out);
                    case RAW_PDF -> rawPdf(IncomeRows.COLUMNS.size(), IncomeRows.rows(rows), out);
                    case XLSX_REPORT -> XlsxReport.write(IncomeRows.report(rows), out);
                    case RAW_POI -> rawPoi(IncomeRows.rows(rows), out);
                }
                return out.count;
            }
            switch (this) {
                case PDF_REPORT -> PdfReport.write(report(rows), out);
                case RAW_PDF -> rawPdf(COLUMNS.size(), sink -> {
                    for (int i = 0; i < rows; i++) {
                        sink.accept(line(i));
                    }
                }, out);
                case XLSX_REPORT -> XlsxReport.write(report(rows), out);
                case RAW_POI -> rawPoi(sink -> {
                    for (int i = 0; i < rows; i++) {
                        sink.accept(line(i));
                    }
                }, out);
            }
            return out.count;
        }
    }

    /** {@code --table income}: the whole-life income extract (issue 19) instead of the reimbursement lines. */
    static boolean income;

    /**
     * {@code --into s3} (issue 20): ours as the extract generator writes it, sealed and uploaded into S3Proxy; raw to a
     * local file. Null: every subject to a stream that counts bytes.
     */
    static ExtractIntoS3 intoS3;
    static java.net.URI s3Endpoint;

    /** Raw writing to a file on the local disk, as the comparison asks; its size, the file removed. */
    static long toLocalFile(Consumer<OutputStream> writer) {
        try {
            Path file = java.nio.file.Files.createTempFile("bench-raw-", ".out");
            try (OutputStream out = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(file))) {
                writer.accept(out);
            }
            long size = java.nio.file.Files.size(file);
            java.nio.file.Files.delete(file);
            return size;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    record Heap(boolean fits, long peakUsed, long live, String detail) {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("log4j2.configurationFile", "log4j2-local.xml");
        Integer asked = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--rows" -> asked = Integer.parseInt(args[i + 1]);
                case "--table" -> income = switch (args[i + 1]) {
                    case "income" -> true;
                    case "reimbursements" -> false;
                    default -> throw new IllegalArgumentException("--table income|reimbursements");
                };
                case "--into" -> {
                    if (!args[i + 1].equals("s3")) {
                        throw new IllegalArgumentException("--into s3");
                    }
                    income = true;
                    s3Endpoint = ExtractIntoS3.endpoint(ExtractIntoS3.start());
                }
                case "--child" -> {
                    income = args.length > i + 4 && args[i + 5].equals("income");
                    if (args.length > i + 7 && args[i + 6].equals("--s3")) {
                        s3Endpoint = java.net.URI.create(args[i + 7]);
                        intoS3 = new ExtractIntoS3(s3Endpoint);
                    }
                    child(Subject.valueOf(args[i + 1]), Integer.parseInt(args[i + 3]));
                    return;
                }
                default -> throw new IllegalArgumentException("usage: [--table income|reimbursements] [--into s3] [--rows N]");
            }
        }
        if (s3Endpoint != null) {
            intoS3 = new ExtractIntoS3(s3Endpoint);
        }
        int rows = asked != null ? asked : income ? IncomeRows.WHOLE_LIFE : 5_000;
        System.out.printf("Export of %,d %s: time is the median of %d runs after %d warm-ups, "
                + "subjects interleaved;%nheap is each subject alone in a child JVM -Xmx256m -XX:+UseSerialGC.%n%n",
                rows, income ? "income concept lines (" + IncomeRows.describe(rows) + ")" : "reimbursement lines", RUNS, WARMUPS);
        if (intoS3 != null) {
            System.out.printf("Into S3 (issue 20): ours written, sealed (PDF), hashed and uploaded into S3Proxy (%s) by the "
                    + "generator's multipart upload; raw to a local file.%n%n", s3Endpoint);
        }

        Map<Subject, List<Double>> times = new EnumMap<>(Subject.class);
        Map<Subject, Long> sizes = new EnumMap<>(Subject.class);
        for (int round = 0; round < WARMUPS + RUNS; round++) {
            for (Subject subject : Subject.values()) {
                long start = System.nanoTime();
                long size = subject.run(rows);
                double ms = (System.nanoTime() - start) / 1e6;
                if (round >= WARMUPS) {
                    times.computeIfAbsent(subject, s -> new ArrayList<>()).add(ms);
                }
                sizes.put(subject, size);
            }
        }
        Map<Subject, Heap> heaps = new EnumMap<>(Subject.class);
        for (Subject subject : Subject.values()) {
            heaps.put(subject, childHeap(subject, rows));
        }

        System.out.printf("%-16s %9s %9s %10s %12s %8s %s%n", "subject", "median ms", "min ms", "output KB",
                "peak heap MB", "live MB", "fits in 256 MB");
        Map<Subject, Double> medians = new EnumMap<>(Subject.class);
        for (Subject subject : Subject.values()) {
            double[] sorted = times.get(subject).stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double median = sorted[sorted.length / 2];
            medians.put(subject, median);
            Heap heap = heaps.get(subject);
            System.out.printf("%-16s %9.1f %9.1f %10d %12s %8s %s%n", subject.label(), median, sorted[0],
                    sizes.get(subject) / 1024, heap.fits ? String.format("%.1f", heap.peakUsed / (double) MB) : "-",
                    heap.fits ? String.format("%.1f", heap.live / (double) MB) : "-",
                    heap.fits ? "yes" : "NO: " + heap.detail);
        }
        System.out.println();
        ratio(Subject.PDF_REPORT.label() + " / " + Subject.RAW_PDF.label(), Subject.PDF_REPORT, Subject.RAW_PDF, medians, heaps);
        ratio(Subject.XLSX_REPORT.label() + " / " + Subject.RAW_POI.label(), Subject.XLSX_REPORT, Subject.RAW_POI, medians, heaps);
        System.exit(0);
    }

    private static void ratio(String what, Subject ours, Subject raw, Map<Subject, Double> medians,
                              Map<Subject, Heap> heaps) {
        double time = medians.get(ours) / medians.get(raw);
        Heap heap = heaps.get(ours);
        String peak = heap.fits && heaps.get(raw).fits
                ? String.format("%.2f×", heap.peakUsed / (double) heaps.get(raw).peakUsed) : "-";
        boolean met = time <= 1.5 && heap.fits && heap.peakUsed < 256 * MB;
        System.out.printf("%-32s time %.2f×, peak heap %s   goal (≤ 1.5× and < 256 MB): %s%n", what, time, peak,
                met ? "met" : "NOT met");
    }

    /** Runs one subject in a child JVM capped at 256 MB and reads back its heap figures. */
    private static Heap childHeap(Subject subject, int rows) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-Xshare:auto",
                "-Dlog4j2.configurationFile=log4j2-local.xml", "-cp", System.getProperty("java.class.path"),
                ExportBench.class.getName(), "--child", subject.name(), "--rows", Integer.toString(rows),
                "--table", income ? "income" : "reimbursements"));
        if (s3Endpoint != null) { // the parent's S3Proxy: the child's heap holds the writer and the upload, not the store
            command.addAll(List.of("--s3", s3Endpoint.toString()));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String result = null;
        StringBuilder other = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.startsWith("HEAP ")) {
                    result = line;
                } else {
                    other.append(line).append('\n');
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || result == null) {
            String detail = other.toString().contains("OutOfMemoryError") ? "OutOfMemoryError" : "exit " + exit;
            System.err.print(other);
            return new Heap(false, 0, 0, detail);
        }
        long[] figures = Arrays.stream(result.substring(5).split(" ")).mapToLong(Long::parseLong).toArray();
        return new Heap(true, figures[0], figures[1], "");
    }

    /**
     * In the child: warm up; the sum of the heap pools' peaks over 7 runs; then one more run with a full collection
     * at each quarter of the rows, whose largest heap is what the writer holds alive part-way (flat if it streams).
     * Prints {@code HEAP peak live}.
     */
    private static void child(Subject subject, int rows) throws Exception {
        for (int i = 0; i < WARMUPS; i++) {
            subject.run(rows);
        }
        System.gc();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        for (int i = 0; i < RUNS; i++) {
            subject.run(rows);
        }
        long peak = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        probeEvery = Math.max(1, rows / 4);
        subject.run(rows);
        System.out.println("HEAP " + peak + " " + live.get());
    }

    /** A full collection every {@link #probeEvery} rows in the child's last run. */
    static void probeAt(long row) {
        if (probeEvery > 0 && row > 0 && row % probeEvery == 0) {
            probe();
        }
    }

    /** Rows between full collections in the child's last run; 0: none. */
    private static int probeEvery;
    private static final AtomicLong live = new AtomicLong();

    /** Called from the data source, so it lands inside every subject's writing alike. */
    static void probe() {
        System.gc();
        live.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
    }

    // --- the data: realistic lines of benefit sheets, made on demand so the source costs no memory

    private static final String[] PROVIDERS = {"Centre de Fisioteràpia Escaldes", "Hospital Nostra Senyora de Meritxell",
        "Laboratori d'Anàlisis Clíniques Andorra", "Clínica Dental Sant Julià", "Òptica Carlemany",
        "Dr. Jordi Pons Vidal", "Farmàcia Ordino", "Centre d'Imatge Mèdica Encamp"};
    private static final String[] ACTS = {"Sessió de fisioteràpia", "Visita de medicina general",
        "Anàlisi clínica: hemograma complet", "Radiografia de tòrax", "Ecografia abdominal",
        "Cancel·lació de visita programada", "Ortopèdia: plantilles a mida", "Visita d'oftalmologia",
        "Neteja bucodental", "Medicament amb recepta"};
    private static final long[] RATES = {750, 900, 1000, 875, 250};

    static final List<Column> COLUMNS = List.of(
            new Column("Data", ColumnType.DATE, 9, false),
            new Column("Núm. de full", ColumnType.TEXT, 10, false),
            new Column("Prestador", ColumnType.TEXT, 24, false),
            new Column("Descripció", ColumnType.TEXT, 24, false),
            new Column("Quantitat", ColumnType.INTEGER, 7, false),
            new Column("Preu unitari", ColumnType.MONEY, 10, false),
            new Column("Import pagat", ColumnType.MONEY, 10, true),
            new Column("Taxa CASS", ColumnType.PERCENT, 7, false),
            new Column("Import reembossat", ColumnType.MONEY, 11, true));

    static List<Object> line(int i) {
        probeAt(i);
        long quantity = 1 + i % 5;
        long unitPrice = 1_500 + (i * 37L) % 9_000;
        long paid = unitPrice * quantity;
        long rate = RATES[i % RATES.length];
        return Arrays.asList(LocalDate.of(2022, 1, 3).plusDays(i / 4), String.format("2026-%06d", i / 3),
                PROVIDERS[i % PROVIDERS.length], ACTS[(i * 7) % ACTS.length], quantity, unitPrice, paid, rate,
                Math.round(paid * rate / 1000.0));
    }

    static TableReport report(int rows) {
        ReportHeading heading = new ReportHeading("Prestacions de reembossament",
                List.of(new Field("Persona assegurada", "Anna Puig Font"), new Field("Número CASS", "123456A")),
                List.of(new Field("Període", "03/01/2022 – 30/11/2026")), Instant.parse("2026-11-30T18:05:00Z"),
                ReportLabels.CATALAN);
        return new TableReport() {
            @Override
            public ReportHeading heading() {
                return heading;
            }

            @Override
            public List<Column> columns() {
                return COLUMNS;
            }

            @Override
            public void rows(Consumer<List<Object>> sink) {
                for (int i = 0; i < rows; i++) {
                    sink.accept(line(i));
                }
            }
        };
    }

    /** The same rows in a plain PdfPTable, flushed every 200 rows as PdfReport does, values as toString(). */
    static void rawPdf(int columns, Consumer<Consumer<List<Object>>> rows, OutputStream out) {
        Document document = new Document(new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth()));
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        document.open();
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setComplete(false);
        long[] written = {0};
        rows.accept(line -> {
            for (Object value : line) {
                table.addCell(String.valueOf(value));
            }
            if (++written[0] % 200 == 0) {
                document.add(table);
            }
        });
        table.setComplete(true);
        document.add(table);
        document.close();
    }

    /** The same rows as plain SXSSF cells: numbers, strings and dates, no styles. */
    static void rawPoi(Consumer<Consumer<List<Object>>> rows, OutputStream out) throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) { // close() deletes the temporary file
            SXSSFSheet sheet = workbook.createSheet("Prestacions");
            int[] next = {0};
            rows.accept(values -> {
                Row row = sheet.createRow(next[0]++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof LocalDate date) {
                        row.createCell(c).setCellValue(date);
                    } else if (value instanceof Long number) {
                        row.createCell(c).setCellValue(number);
                    } else {
                        row.createCell(c).setCellValue((String) value);
                    }
                }
            });
            workbook.write(out);
        }
    }

    /** Counts what is written and keeps nothing. */
    static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
