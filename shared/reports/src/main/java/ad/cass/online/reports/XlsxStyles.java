package ad.cass.online.reports;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * The few cell styles of a report spreadsheet, made once per workbook: a workbook holds at most 64,000 styles
 * and every style per cell would be one more entry in styles.xml.
 *
 * <p>Formats are Excel's, not Catalan text: the program shows them with the reader's separators
 * ({@code 1.525,33 €} in a Catalan or Spanish Excel), and the values stay numbers.
 */
final class XlsxStyles {
    static final String DATE = "dd/mm/yyyy";
    static final String DATE_TIME = "dd/mm/yyyy hh:mm";
    static final String MONEY = "#,##0.00 \"€\"";
    static final String INTEGER = "#,##0";
    static final String PERCENT = "0%";
    static final String PERCENT_TENTH = "0.0%";
    static final String THOUSANDTHS = "#,##0.000";

    private static final XSSFColor CASS_BLUE = new XSSFColor(new byte[] {0x0B, 0x4F, 0x6C});
    private static final XSSFColor PANEL = new XSSFColor(new byte[] {(byte) 0xE6, (byte) 0xEE, (byte) 0xF2});

    private final CellStyle institution;
    private final CellStyle title;
    private final CellStyle label;
    private final CellStyle fieldValue;
    private final CellStyle issued;
    private final CellStyle text;
    private final CellStyle totalText;
    private final Map<ColumnType, CellStyle> heads = new EnumMap<>(ColumnType.class);
    private final Map<ColumnType, CellStyle> cells = new EnumMap<>(ColumnType.class);
    private final Map<ColumnType, CellStyle> totals = new EnumMap<>(ColumnType.class);
    private final CellStyle percentTenth;
    private final CellStyle totalPercentTenth;

    XlsxStyles(SXSSFWorkbook workbook) {
        DataFormat formats = workbook.createDataFormat();
        XSSFFont bold = boldFont(workbook, 11, null);
        XSSFFont institutionFont = boldFont(workbook, 14, CASS_BLUE);
        XSSFFont titleFont = boldFont(workbook, 12, null);
        XSSFFont headFont = boldFont(workbook, 11, new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF}));

        institution = workbook.createCellStyle();
        institution.setFont(institutionFont);
        title = workbook.createCellStyle();
        title.setFont(titleFont);
        label = workbook.createCellStyle();
        label.setFont(bold);
        fieldValue = workbook.createCellStyle();
        fieldValue.setAlignment(HorizontalAlignment.LEFT);
        issued = workbook.createCellStyle();
        issued.setDataFormat(formats.getFormat(DATE_TIME));
        issued.setAlignment(HorizontalAlignment.LEFT);
        text = workbook.createCellStyle();
        totalText = total(workbook, bold);
        for (ColumnType type : ColumnType.values()) {
            XSSFCellStyle head = (XSSFCellStyle) workbook.createCellStyle();
            head.setFont(headFont);
            head.setFillForegroundColor(CASS_BLUE);
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            head.setWrapText(true);
            head.setVerticalAlignment(VerticalAlignment.CENTER);
            head.setAlignment(alignment(type));
            heads.put(type, head);
            CellStyle cell = workbook.createCellStyle();
            CellStyle totalCell = total(workbook, bold);
            String format = format(type);
            if (format != null) {
                cell.setDataFormat(formats.getFormat(format));
                totalCell.setDataFormat(formats.getFormat(format));
            }
            cell.setAlignment(alignment(type));
            totalCell.setAlignment(alignment(type));
            cells.put(type, cell);
            totals.put(type, totalCell);
        }
        percentTenth = workbook.createCellStyle();
        percentTenth.cloneStyleFrom(cells.get(ColumnType.PERCENT));
        percentTenth.setDataFormat(formats.getFormat(PERCENT_TENTH));
        totalPercentTenth = workbook.createCellStyle();
        totalPercentTenth.cloneStyleFrom(totals.get(ColumnType.PERCENT));
        totalPercentTenth.setDataFormat(formats.getFormat(PERCENT_TENTH));
    }

    private static XSSFFont boldFont(SXSSFWorkbook workbook, int points, XSSFColor color) {
        XSSFFont font = (XSSFFont) workbook.createFont();
        font.setBold(true);
        font.setFontHeightInPoints((short) points);
        if (color != null) {
            font.setColor(color);
        }
        return font;
    }

    private static CellStyle total(SXSSFWorkbook workbook, XSSFFont bold) {
        XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
        style.setFont(bold);
        style.setBorderTop(BorderStyle.MEDIUM);
        style.setTopBorderColor(CASS_BLUE);
        style.setFillForegroundColor(PANEL);
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    private static String format(ColumnType type) {
        return switch (type) {
            case DATE -> DATE;
            case DATE_TIME -> DATE_TIME;
            case MONEY -> MONEY;
            case INTEGER -> INTEGER;
            case PERCENT -> PERCENT;
            case THOUSANDTHS -> THOUSANDTHS;
            case TEXT -> null;
        };
    }

    private static HorizontalAlignment alignment(ColumnType type) {
        return switch (type) {
            case MONEY, INTEGER, PERCENT, THOUSANDTHS -> HorizontalAlignment.RIGHT;
            case DATE, DATE_TIME -> HorizontalAlignment.CENTER;
            case TEXT -> HorizontalAlignment.LEFT;
        };
    }

    CellStyle institution() {
        return institution;
    }

    CellStyle title() {
        return title;
    }

    CellStyle label() {
        return label;
    }

    CellStyle fieldValue() {
        return fieldValue;
    }

    CellStyle issued() {
        return issued;
    }

    CellStyle text() {
        return text;
    }

    CellStyle totalText() {
        return totalText;
    }

    CellStyle head(ColumnType type) {
        return heads.get(type);
    }

    /** The plain style of a column's cells, for the words of an empty cell ("Actualment"): aligned with the values. */
    CellStyle of(ColumnType type) {
        return cells.get(type);
    }

    /** A value's style: a percentage shows its tenth only when it has one (75 %, 87,5 %). */
    CellStyle of(ColumnType type, Object value, boolean total) {
        if (type == ColumnType.PERCENT && Cells.whole(value) % 10 != 0) {
            return total ? totalPercentTenth : percentTenth;
        }
        return (total ? totals : cells).get(type);
    }
}
