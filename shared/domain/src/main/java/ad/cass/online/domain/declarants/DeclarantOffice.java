package ad.cass.online.domain.declarants;

import ad.cass.online.domain.error.Conflict;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.error.NotFound;
import ad.cass.online.domain.format.CatalanFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What CASS's back office records for a declarant (issue 22: "a payment reference and its state"; "the change is a
 * procedure CASS confirms"): the money of a sheet came in, and a change of the declarant's data is confirmed. No
 * access guard: staff are not a portal session, and who may invoke it is IAM's to say (its function has no route).
 */
public final class DeclarantOffice {
    static final String BAD_PAYMENT_ID = "L'identificador del pagament té la forma PG-<declarant>-<AAAA-MM>.";
    static final String BAD_PAID_ON = "La data del pagament ha de tenir el format AAAA-MM-DD i no pot ser futura.";
    static final String NO_CHANGE = "Aquest canvi no és el que està pendent per a aquest declarant.";
    private static final Pattern PAYMENT_ID = Pattern.compile("PG-([0-9A-Za-z]{1,20})-([0-9]{4}-[0-9]{2})");

    private final DeclarantStore store;
    private final ContributionParameters parameters;
    private final Clock clock;

    public DeclarantOffice(DeclarantStore store, ContributionParameters parameters, Clock clock) {
        this.store = store;
        this.parameters = parameters;
        this.clock = clock;
    }

    /**
     * The money of the payment {@code paymentId} came in on {@code paidOn}: the amount is what the order said, or, with
     * no order, the contribution and its surcharge as of that day. Recorded once: again, the same answer.
     */
    public ContributionSheet recordPaid(String paymentId, String paidOn) {
        Matcher m = PAYMENT_ID.matcher(paymentId == null ? "" : paymentId);
        YearMonth period;
        try {
            if (!m.matches()) {
                throw new DateTimeParseException("no match", String.valueOf(paymentId), 0);
            }
            period = YearMonth.parse(m.group(2));
        } catch (DateTimeParseException e) {
            throw new InvalidInput("paymentId", BAD_PAYMENT_ID);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), CatalanFormat.ANDORRA);
        LocalDate paid;
        try {
            paid = LocalDate.parse(paidOn == null ? "" : paidOn);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("paidOn", BAD_PAID_ON);
        }
        if (paid.isAfter(today)) {
            throw new InvalidInput("paidOn", BAD_PAID_ON);
        }
        String number = m.group(1);
        ContributionSheet sheet = store.sheets(number).stream().filter(s -> s.period().equals(period)).findFirst()
                .orElseThrow(() -> new NotFound(DeclarantService.NO_SUCH_PAYMENT));
        if (sheet.paymentState() == ContributionSheet.PaymentState.PAID) {
            return sheet;
        }
        long amount = sheet.payment() != null ? sheet.payment().amountCents()
                : Math.addExact(sheet.contributionCents(), sheet.surchargeCents(parameters.at(period.atDay(1)).surcharges(), paid,
                        CatalanFormat.ANDORRA));
        String reference = sheet.payment() != null ? sheet.payment().reference() : sheet.paymentReference();
        return store.recordPaid(number, period, reference, amount, paid).orElseThrow(() -> new NotFound(DeclarantService.NO_SUCH_PAYMENT));
    }

    /** The change filed as {@code procedureCode} is confirmed: the file takes its values; a later change may be asked. */
    public DeclarantFile confirmChange(String declarantNumber, String procedureCode) {
        DeclarantFile file = store.file(declarantNumber == null ? "" : declarantNumber)
                .orElseThrow(() -> new NotFound(DeclarantService.NO_FILE));
        if (file.pendingChange() == null || !file.pendingChange().procedureCode().equals(procedureCode)) {
            throw new Conflict(NO_CHANGE);
        }
        return store.applyChange(file.number(), procedureCode).orElseThrow(() -> new Conflict(NO_CHANGE));
    }
}
