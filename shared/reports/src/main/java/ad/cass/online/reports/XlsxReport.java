package ad.cass.online.reports;

import ad.cass.online.domain.format.CatalanFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table report as a CASS spreadsheet: the institution, the title, the person, the filters and the date of
 * issue above a table whose cells are typed (dates are dates, amounts are numbers in euros with a euro format),
 * so the person can sort, filter and add them up; then the total row. A verified document (issue 20) has its code and
 * URL as a labelled line under the date of issue (the URL a link) and in the printed footer of every page.
 *
 * <p>Streamed with SXSSF: only the last {@value #WINDOW} rows are in memory, the others already in a temporary
 * file, which closing the workbook deletes however the writing ends.
 *
 * <p>The total row holds values, not formulas: the document states the totals CASS issued, computed exactly in
 * cents, whatever a reader later edits in the rows; and a value needs no recalculation, where a formula shows its
 * cached value until the program recalculates (and a SUM of doubles is not the sum of the cents).
 */
public final class XlsxReport {
    static final int WINDOW = 100;

    private XlsxReport() {
    }

    /** Writes the report to {@code out}, which is left open. */
    public static void write(TableReport report, OutputStream out) {
        // close() deletes the temporary file of flushed rows however the writing ends (POI bug 68183; dispose(),
        // which did it before, is deprecated in 5.5)
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            new Writer(workbook, report).write();
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Writer {
        private final ReportHeading heading;
        private final List<Column> columns;
        private final TableReport report;
        private final XlsxStyles styles;
        private final SXSSFSheet sheet;
        private final Totals totals;
        private final Grouping grouping;
        private final Totals groupTotals;
        private final int lastColumn;
        private int next;
        private String group;

        Writer(SXSSFWorkbook workbook, TableReport report) {
            this.report = report;
            this.heading = report.heading();
            this.columns = Cells.columns(report.columns());
            this.styles = new XlsxStyles(workbook);
            this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(heading.title()));
            this.totals = new Totals(columns);
            this.grouping = report.grouping();
            this.groupTotals = new Totals(columns);
            this.lastColumn = Math.max(1, columns.size() - 1);
        }

        void write() {
            top();
            int headRow = next;
            Row head = sheet.createRow(next++);
            for (int i = 0; i < columns.size(); i++) {
                text(head, i, columns.get(i).heading(), styles.head(columns.get(i).type()));
            }
            long[] rows = {0};
            report.rows(values -> {
                Cells.check(columns, values);
                if (grouping != null) {
                    String of = grouping.groupOf().apply(values);
                    if (group != null && !group.equals(of)) {
                        totalRow(groupTotals, grouping.labelOf(group));
                        groupTotals.clear();
                    }
                    group = of;
                    groupTotals.add(values);
                }
                Row row = sheet.createRow(next++);
                for (int i = 0; i < columns.size(); i++) {
                    Column column = columns.get(i);
                    if (values.get(i) == null && column.whenEmpty() != null) {
                        text(row, i, column.whenEmpty(), styles.of(column.type()));
                    } else {
                        value(row, i, column.type(), values.get(i), false);
                    }
                }
                totals.add(values);
                rows[0]++;
            });
            int lastDataRow = next - 1;
            if (group != null && groupTotals.any()) {
                totalRow(groupTotals, grouping.labelOf(group));
            }
            if (rows[0] == 0) {
                text(sheet.createRow(next++), 0, heading.labels().noRows(), styles.text());
            } else if (totals.any()) {
                totalRow(totals, heading.labels().total());
            }
            sheet.createFreezePane(0, headRow + 1);
            if (grouping == null) {
                // the filter covers the data only, so sorting never moves the total row (with subtotals among the
                // rows, sorting would scatter them: no filter then)
                sheet.setAutoFilter(new CellRangeAddress(headRow, lastDataRow, 0, columns.size() - 1));
            }
            sheet.setRepeatingRows(new CellRangeAddress(headRow, headRow, -1, -1));
            widths();
            print();
        }

        /** Institution, title, person, filters, date of issue, an empty row. */
        private void top() {
            text(sheet.createRow(next++), 0, heading.labels().institution(), styles.institution());
            text(sheet.createRow(next++), 0, heading.title(), styles.title());
            for (Field field : heading.subject()) {
                labelled(field.label()).setCellValue(field.value());
            }
            for (Field field : heading.filters()) {
                labelled(field.label()).setCellValue(field.value());
            }
            Cell issued = labelled(heading.labels().issuedOn());
            issued.setCellValue(heading.issuedAt().atZone(CatalanFormat.ANDORRA).toLocalDateTime());
            issued.setCellStyle(styles.issued());
            Verification verification = heading.verification();
            if (verification != null) {
                Cell code = labelled(heading.labels().verificationCode());
                code.setCellValue(verification.value());
                Hyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.URL);
                link.setAddress(verification.url().toString());
                code.setHyperlink(link);
            }
            next++;
        }

        /** A row with the label in A and an empty value cell in B, merged to the table's width. */
        private Cell labelled(String label) {
            Row row = sheet.createRow(next++);
            text(row, 0, label, styles.label());
            Cell value = row.createCell(1);
            value.setCellStyle(styles.fieldValue());
            if (lastColumn > 1) {
                sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 1, lastColumn));
            }
            return value;
        }

        /** A group's subtotal or the grand total, in the total style, as values (the class comment says why). */
        private void totalRow(Totals sums, String label) {
            Row row = sheet.createRow(next++);
            int labelColumn = sums.labelColumn();
            for (int i = 0; i < columns.size(); i++) {
                ColumnType type = columns.get(i).type();
                if (sums.isTotalled(i)) {
                    value(row, i, type, sums.sum(i), true);
                } else if (i == labelColumn) {
                    text(row, i, label, styles.totalText());
                } else {
                    row.createCell(i).setCellStyle(styles.totalText()); // blank, for the rule and the fill
                }
            }
        }

        private void value(Row row, int column, ColumnType type, Object value, boolean total) {
            if (value == null) {
                return; // an empty cell, not an empty string: filters and sums skip it
            }
            Cell cell = row.createCell(column);
            switch (type) {
                case TEXT -> cell.setCellValue((String) value);
                case DATE -> cell.setCellValue((LocalDate) value);
                case DATE_TIME -> cell.setCellValue(((Instant) value).atZone(CatalanFormat.ANDORRA).toLocalDateTime());
                case MONEY -> cell.setCellValue(Cells.whole(value) / 100.0);
                case INTEGER -> cell.setCellValue(Cells.whole(value));
                case PERCENT -> cell.setCellValue(Cells.whole(value) / 1000.0);
                case THOUSANDTHS -> cell.setCellValue(Cells.whole(value) / 1000.0);
            }
            cell.setCellStyle(styles.of(type, value, total));
        }

        private static void text(Row row, int column, String text, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellValue(text);
            cell.setCellStyle(style);
        }

        /**
         * From the columns' relative widths, each at least what its type shows and its heading needs; never
         * autoSizeColumn, which would measure every row (and SXSSF has flushed most of them).
         */
        private void widths() {
            float relative = 0;
            for (Column column : columns) {
                relative += column.relativeWidth();
            }
            int budget = Math.max(90, 14 * columns.size());
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                int chars = Math.round(column.relativeWidth() / relative * budget);
                chars = Math.max(chars, minimumChars(column.type()));
                chars = Math.max(chars, Math.min(30, column.heading().length() + 2));
                if (i == 0) {
                    chars = Math.max(chars, Math.min(30, longestLabel() + 2));
                }
                sheet.setColumnWidth(i, Math.min(255, chars) * 256);
            }
            if (columns.size() < 2) {
                sheet.setColumnWidth(1, 18 * 256); // the date of issue, when the table has one column
            }
        }

        private int longestLabel() {
            int longest = heading.labels().issuedOn().length();
            if (heading.verification() != null) {
                longest = Math.max(longest, heading.labels().verificationCode().length());
            }
            for (Field field : heading.subject()) {
                longest = Math.max(longest, field.label().length());
            }
            for (Field field : heading.filters()) {
                longest = Math.max(longest, field.label().length());
            }
            return longest;
        }

        private static int minimumChars(ColumnType type) {
            return switch (type) {
                case DATE_TIME -> 17;
                case MONEY -> 14;
                case DATE, THOUSANDTHS -> 12;
                case INTEGER, TEXT -> 10;
                case PERCENT -> 9;
            };
        }

        /**
     * A4, landscape past six columns, one page wide; the institution and title above, page numbers below (and a
     * verified document's code beside them).
     */
        private void print() {
            PrintSetup setup = sheet.getPrintSetup();
            setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
            setup.setLandscape(columns.size() > 6);
            setup.setFitWidth((short) 1);
            setup.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            ReportLabels labels = heading.labels();
            sheet.getHeader().setLeft(escaped(labels.institution()));
            sheet.getHeader().setRight(escaped(heading.title()));
            String pages = escaped(labels.pageOf()).replace("{0}", "&P").replace("{1}", "&N");
            Verification verification = heading.verification();
            if (verification == null) {
                sheet.getFooter().setCenter(pages);
            } else {
                // the code's line is long: on the left, small, and the page number to the right, out of its way
                sheet.getFooter().setLeft("&8" + escaped(verification.line(labels)));
                sheet.getFooter().setRight(pages);
            }
        }

        /** '&' starts a code in headers and footers; a literal one is doubled. */
        private static String escaped(String text) {
            return text.replace("&", "&&");
        }
    }
}
