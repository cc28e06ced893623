package ad.cass.online.aws.benefits;

import ad.cass.online.aws.http.MoneyView;
import ad.cass.online.domain.benefits.BenefitService;
import ad.cass.online.domain.benefits.Payment;
import ad.cass.online.domain.benefits.SickLeave;
import ad.cass.online.domain.benefits.WorkSuspension;
import java.time.LocalDate;
import java.util.List;

/** Sick leaves, payments and work suspensions as JSON (openapi.yaml: SickLeaves, Payments, WorkSuspensions). */
public final class BenefitViews {
    private BenefitViews() {
    }

    public record ExtensionView(String issuedOn, String until) {
    }

    public record DaysPaidView(String from, String to, int days, String payer, MoneyView daily, MoneyView amount, String paidOn) {
        static DaysPaidView of(SickLeave.DaysPaid p) {
            return new DaysPaidView(p.from().toString(), p.to().toString(), p.days(), p.payer().name(), MoneyView.of(p.dailyCents()),
                    MoneyView.of(p.amountCents()), p.paidOn() == null ? null : p.paidOn().toString());
        }
    }

    /** A payer's share of a leave: its days and what it paid. */
    public record ShareView(int days, MoneyView amount) {
        static ShareView of(SickLeave leave, SickLeave.Payer payer) {
            return new ShareView(leave.daysPaidBy(payer), MoneyView.of(leave.amountPaidBy(payer)));
        }
    }

    public record SickLeaveView(String id, String declarantNumber, String declarantName, String start, String end,
                                boolean ongoing, List<ExtensionView> extensions, List<DaysPaidView> payments,
                                ShareView paidByEmployer, ShareView paidByCass) {
        static SickLeaveView of(SickLeave s, LocalDate today) {
            return new SickLeaveView(s.id(), s.declarantNumber(), s.declarantName(), s.start().toString(),
                    s.end() == null ? null : s.end().toString(), s.ongoing(today),
                    s.extensions().stream().map(e -> new ExtensionView(e.issuedOn().toString(), e.until().toString())).toList(),
                    s.payments().stream().map(DaysPaidView::of).toList(),
                    ShareView.of(s, SickLeave.Payer.EMPLOYER), ShareView.of(s, SickLeave.Payer.CASS));
        }
    }

    public record SickLeavesView(List<SickLeaveView> sickLeaves) {
        public static SickLeavesView of(BenefitService.SickLeaves read) {
            return new SickLeavesView(read.leaves().stream().map(s -> SickLeaveView.of(s, read.today())).toList());
        }
    }

    public record PaymentView(String id, String paidOn, String kind, String concept, MoneyView amount) {
        static PaymentView of(Payment p) {
            return new PaymentView(p.id(), p.paidOn().toString(), p.kind().code(), p.concept(), MoneyView.of(p.amountCents()));
        }
    }

    public record PaymentsView(String from, String to, List<PaymentView> payments, MoneyView total) {
        public static PaymentsView of(BenefitService.Payments read) {
            return new PaymentsView(read.from().toString(), read.to().toString(), read.payments().stream().map(PaymentView::of).toList(),
                    MoneyView.of(read.totalCents()));
        }
    }

    public record WorkSuspensionView(String declarantNumber, String declarantName, String kind, String from, String to,
                                     int reductionPercent, MoneyView benefitPaid) {
        static WorkSuspensionView of(WorkSuspension w) {
            return new WorkSuspensionView(w.declarantNumber(), w.declarantName(), w.kind().name(), w.from().toString(),
                    w.to() == null ? null : w.to().toString(), w.reductionPercent(), MoneyView.of(w.benefitPaidCents()));
        }
    }

    public record WorkSuspensionsView(List<WorkSuspensionView> workSuspensions) {
        public static WorkSuspensionsView of(List<WorkSuspension> read) {
            return new WorkSuspensionsView(read.stream().map(WorkSuspensionView::of).toList());
        }
    }
}
