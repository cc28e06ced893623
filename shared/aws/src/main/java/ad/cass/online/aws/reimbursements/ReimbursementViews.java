package ad.cass.online.aws.reimbursements;

import ad.cass.online.aws.http.MoneyView;
import ad.cass.online.domain.reimbursements.ReimbursedAct;
import ad.cass.online.domain.reimbursements.ReimbursementService;
import ad.cass.online.domain.reimbursements.ReimbursementSheet;
import java.util.List;

/** Benefit sheets as JSON (openapi.yaml, ReimbursementList, ReimbursementSheet). Dates ISO 8601, money in cents and text. */
public final class ReimbursementViews {
    private ReimbursementViews() {
    }

    /**
     * A row of the table (seed 000 §2.1.3): date of the first act, sheet number, performing provider, amount paid,
     * amount reimbursed, payee, state.
     */
    public record Row(String firstActDate, String sheetNumber, String provider, MoneyView paid, MoneyView reimbursed, String payee,
                      String status, String type) {
        static Row of(ReimbursementSheet s) {
            return new Row(s.firstActDate().toString(), s.sheetNumber(), s.provider(), MoneyView.of(s.paidCents()),
                    MoneyView.of(s.reimbursedCents()), s.payee().name(), s.status().name(), s.kind().code());
        }
    }

    /** The rows of a period (of one type, when asked), with its totals. */
    public record ListView(String from, String to, String type, List<Row> sheets, MoneyView paid, MoneyView reimbursed) {
        public static ListView of(ReimbursementService.Sheets read) {
            return of(read.from(), read.to(), read.kind() == null ? null : read.kind().code(), read.sheets());
        }

        /** One sheet searched by its number, whatever its period. */
        public static ListView searched(List<ReimbursementSheet> sheets) {
            return of(null, null, null, sheets);
        }

        private static ListView of(java.time.LocalDate from, java.time.LocalDate to, String type, List<ReimbursementSheet> sheets) {
            return new ListView(from == null ? null : from.toString(), to == null ? null : to.toString(), type,
                    sheets.stream().map(Row::of).toList(),
                    MoneyView.of(sheets.stream().mapToLong(ReimbursementSheet::paidCents).sum()),
                    MoneyView.of(sheets.stream().mapToLong(ReimbursementSheet::reimbursedCents).sum()));
        }
    }

    /**
     * A line of a sheet ("el detall dels actes, productes, preus"): what it was, how many at what unit price, what
     * was paid, the share CASS reimbursed, in percent (to one decimal, as the quotient of the two amounts), and the
     * amount reimbursed.
     */
    public record LineView(String date, String code, String description, int quantity, MoneyView unitPrice, MoneyView paid,
                           String rate, MoneyView reimbursed) {
        static LineView of(ReimbursedAct a) {
            return new LineView(a.date().toString(), a.code(), a.description(), a.quantity(), MoneyView.of(a.unitPriceCents()),
                    MoneyView.of(a.paidCents()), ReimbursementViews.rate(a), MoneyView.of(a.reimbursedCents()));
        }
    }

    /** {@code 75 %}, {@code 87,5 %}: the Catalan way, one decimal only when there is one. */
    static String rate(ReimbursedAct a) {
        return ad.cass.online.domain.format.CatalanFormat.percent(a.rateTenthsOfPercent());
    }

    public record SheetView(Row sheet, List<LineView> lines) {
        public static SheetView of(ReimbursementSheet s) {
            return new SheetView(Row.of(s), s.acts().stream().map(LineView::of).toList());
        }
    }
}
