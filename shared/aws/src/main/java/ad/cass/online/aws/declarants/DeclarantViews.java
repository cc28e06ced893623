package ad.cass.online.aws.declarants;

import ad.cass.online.aws.http.MoneyView;
import ad.cass.online.domain.declarants.ContributionCalculator;
import ad.cass.online.domain.declarants.ContributionSet;
import ad.cass.online.domain.declarants.ContributionSheet;
import ad.cass.online.domain.declarants.DeclarantService;
import ad.cass.online.domain.declarants.EmployeeRecord;
import ad.cass.online.domain.declarants.OwnAccountBases;
import ad.cass.online.domain.declarants.OwnAccountChoice;
import ad.cass.online.domain.person.DeclarantKind;
import ad.cass.online.domain.personalfile.Ibans;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The declarant routes as JSON (openapi.yaml: Declarant, ContributionSheets, ContributionSheet, ...; issue 22). */
public final class DeclarantViews {
    private DeclarantViews() {
    }

    public record BranchRateView(String branch, BigDecimal employerPercent, BigDecimal employeePercent) {
        static BranchRateView of(ContributionSet.BranchRate r) {
            return new BranchRateView(r.branch().name(), r.employerPercent(), r.employeePercent());
        }
    }

    public record RatesView(String effectiveFrom, List<BranchRateView> branches) {
    }

    public record AttentionView(int pendingDeclarations, int pendingPayments, int overduePayments, int activeIncapacities) {
    }

    public record PendingChangeView(String procedureCode, String requestedOn) {
    }

    /** GET /declarant. */
    public record DeclarantView(String number, String kind, String name, String address, String activity, String email,
                                String phone, String iban, String registeredOn, RatesView rates, OwnAccountBaseView ownAccountBase,
                                AttentionView attention, PendingChangeView pendingChange) {
        public static DeclarantView of(DeclarantService.Overview o) {
            var f = o.file();
            List<ContributionSet.BranchRate> rates = f.kind() == DeclarantKind.SELF_EMPLOYED ? o.rates().ownAccount() : o.rates().employed();
            var a = o.attention();
            return new DeclarantView(f.number(), f.kind().name(), f.name(), f.address(), f.activity(), f.email(), f.phone(),
                    f.iban() == null ? null : Ibans.mask(f.iban()), f.registeredOn().toString(),
                    new RatesView(o.rates().effectiveFrom().toString(), rates.stream().map(BranchRateView::of).toList()),
                    o.ownAccountBase().map(c -> OwnAccountBaseView.of(c, ContributionCalculator.ownAccount(c.baseCents(), o.rates())))
                            .orElse(null),
                    new AttentionView(a.pendingDeclarations(), a.pendingPayments(), a.overduePayments(), a.activeIncapacities()),
                    f.pendingChange() == null ? null
                            : new PendingChangeView(f.pendingChange().procedureCode(), f.pendingChange().requestedOn().toString()));
        }
    }

    public record MonthView(String period, String state, String dueDate, String declaredAt, Integer employees, MoneyView base,
                            MoneyView contribution, MoneyView surcharge) {
        static MonthView of(DeclarantService.Month m) {
            return m.sheet().map(s -> new MonthView(m.period().toString(), m.state(), m.dueDate().toString(), s.declaredAt().toString(),
                    s.lines().size(), MoneyView.of(s.baseCents()), MoneyView.of(s.contributionCents()), MoneyView.of(m.surchargeCents())))
                    .orElseGet(() -> new MonthView(m.period().toString(), m.state(), m.dueDate().toString(), null, null, null, null,
                            MoneyView.of(0)));
        }
    }

    /** GET /declarant/contributions. */
    public record MonthsView(List<MonthView> sheets) {
        public static MonthsView of(List<DeclarantService.Month> months) {
            return new MonthsView(months.stream().map(MonthView::of).toList());
        }
    }

    public record ShareView(String branch, BigDecimal employerPercent, BigDecimal employeePercent, MoneyView employer, MoneyView employee) {
    }

    public record LineView(String cassNumber, String name, int days, MoneyView base, List<ShareView> shares, MoneyView employer,
                           MoneyView employee) {
        static LineView of(ContributionSheet.Line l) {
            var c = l.contribution();
            return new LineView(l.cassNumber().value(), l.name(), l.days(), MoneyView.of(c.baseCents()),
                    c.shares().stream().map(s -> new ShareView(s.branch().name(), s.employerPercent(), s.employeePercent(),
                            MoneyView.of(s.employerCents()), MoneyView.of(s.employeeCents()))).toList(),
                    MoneyView.of(c.employerCents()), MoneyView.of(c.employeeCents()));
        }
    }

    public record TotalsView(MoneyView base, MoneyView employer, MoneyView employee, MoneyView contribution) {
    }

    /** POST /declarant/contributions/{month}. */
    public record SheetView(String period, String state, String dueDate, String declaredAt, List<LineView> lines, TotalsView totals,
                            MoneyView surcharge, String paymentId) {
        public static SheetView of(ContributionSheet s, long surchargeCents) {
            return new SheetView(s.period().toString(), s.paymentState() == ContributionSheet.PaymentState.PAID ? "PAID" : "DECLARED",
                    s.dueDate().toString(), s.declaredAt().toString(), s.lines().stream().map(LineView::of).toList(),
                    new TotalsView(MoneyView.of(s.baseCents()), MoneyView.of(s.employerCents()), MoneyView.of(s.employeeCents()),
                            MoneyView.of(s.contributionCents())),
                    MoneyView.of(surchargeCents), s.paymentId());
        }
    }

    /** A payment, in GET /declarant/payments and as POST /declarant/payments/{id} answers. */
    public record PaymentView(String id, String period, String dueDate, MoneyView contribution, MoneyView surcharge, MoneyView total,
                              String state, boolean overdue, String reference, String orderedAt, String paidOn) {
        public static PaymentView of(DeclarantService.PaymentRow p) {
            var s = p.sheet();
            var pay = s.payment();
            return new PaymentView(s.paymentId(), s.period().toString(), s.dueDate().toString(), MoneyView.of(s.contributionCents()),
                    MoneyView.of(p.surchargeCents()), MoneyView.of(p.totalCents()), s.paymentState().name(), p.overdue(),
                    pay == null ? null : pay.reference(), pay == null ? null : pay.orderedAt().toString(),
                    pay == null || pay.paidOn() == null ? null : pay.paidOn().toString());
        }
    }

    public record PaymentsView(List<PaymentView> payments) {
        public static PaymentsView of(List<DeclarantService.PaymentRow> rows) {
            return new PaymentsView(rows.stream().map(PaymentView::of).toList());
        }
    }

    public record ExtensionView(String issuedOn, String until) {
    }

    public record DaysPaidView(int employer, int cass) {
    }

    public record IncapacityView(String id, String cassNumber, String name, String start, String end, String expectedEnd,
                                 List<ExtensionView> extensions, boolean active, DaysPaidView daysPaid) {
        static IncapacityView of(DeclarantService.Incapacity i) {
            var l = i.leave();
            String expected = i.active() && !l.extensions().isEmpty() ? l.extensions().get(l.extensions().size() - 1).until().toString() : null;
            return new IncapacityView(l.id(), i.employee().cassNumber().value(), i.employee().name(), l.start().toString(),
                    l.end() == null ? null : l.end().toString(), expected,
                    l.extensions().stream().map(e -> new ExtensionView(e.issuedOn().toString(), e.until().toString())).toList(), i.active(),
                    new DaysPaidView(l.daysPaidBy(ad.cass.online.domain.benefits.SickLeave.Payer.EMPLOYER),
                            l.daysPaidBy(ad.cass.online.domain.benefits.SickLeave.Payer.CASS)));
        }
    }

    public record IncapacitiesView(List<IncapacityView> incapacities) {
        public static IncapacitiesView of(List<DeclarantService.Incapacity> list) {
            return new IncapacitiesView(list.stream().map(IncapacityView::of).toList());
        }
    }

    public record EmployeeView(String cassNumber, String name, String from, String to, boolean current) {
    }

    public record EmployeesView(List<EmployeeView> employees) {
        public static EmployeesView of(List<EmployeeRecord> list, LocalDate today) {
            return new EmployeesView(list.stream().map(e -> new EmployeeView(e.cassNumber().value(), e.name(), e.from().toString(),
                    e.to() == null ? null : e.to().toString(), e.currentOn(today))).toList());
        }
    }

    public record MonthlyShareView(String branch, BigDecimal percent, MoneyView amount) {
    }

    public record MonthlyView(List<MonthlyShareView> shares, MoneyView total) {
    }

    /** The own-account base: in GET /declarant and as POST /declarant/own-account-base answers. */
    public record OwnAccountBaseView(int year, BigDecimal bandPercent, MoneyView base, String effectiveFrom, MonthlyView monthly) {
        public static OwnAccountBaseView of(OwnAccountChoice c, ContributionCalculator.Contribution monthly) {
            return new OwnAccountBaseView(c.year(), c.bandPercent(), MoneyView.of(c.baseCents()), c.effectiveFrom().toString(),
                    new MonthlyView(monthly.shares().stream().map(s -> new MonthlyShareView(s.branch().name(), s.employeePercent(),
                            MoneyView.of(s.employeeCents()))).toList(), MoneyView.of(monthly.totalCents())));
        }

        public static OwnAccountBaseView of(OwnAccountBases.Chosen chosen) {
            return of(chosen.choice(), chosen.monthly());
        }
    }
}
