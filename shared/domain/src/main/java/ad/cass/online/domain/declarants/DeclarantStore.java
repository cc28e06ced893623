package ad.cass.online.domain.declarants;

import java.util.List;
import java.util.Optional;

/** A declarant's file, sheets, employees and own-account bases (issue 22). Access is checked before calling. */
public interface DeclarantStore {
    Optional<DeclarantFile> file(String number);

    /** Every sheet declared, newest first. */
    List<ContributionSheet> sheets(String number);

    /**
     * Writes the sheet unless its month is declared already, in one conditional write.
     *
     * @return empty when written; else the sheet that was there
     */
    Optional<ContributionSheet> declare(ContributionSheet sheet);

    /**
     * Records the payment order on the sheet unless it has one (ordered or paid), in one conditional write.
     *
     * @return the sheet as it then stands: with this order, or with the one it had
     */
    ContributionSheet order(ContributionSheet sheet, ContributionSheet.Payment order);

    /** Everyone ever registered with the declarant. */
    List<EmployeeRecord> employees(String number);

    /** The own-account choices, oldest first. */
    List<OwnAccountChoice> ownAccountChoices(String number);

    void chooseOwnAccountBase(OwnAccountChoice choice);

    /** Marks a change as waiting unless one is; true if marked (or this same change was). */
    boolean markChangePending(String number, DeclarantFile.PendingChange change);

    /**
     * CASS's side: the money of a sheet came in on {@code paidOn}, unless it was recorded paid already (one write).
     *
     * @return the sheet as it then stands, or empty when there is no such sheet
     */
    Optional<ContributionSheet> recordPaid(String number, java.time.YearMonth period, String reference, long amountCents,
                                           java.time.LocalDate paidOn);

    /**
     * CASS's side: the change waiting under {@code procedureCode} is applied to the file and no longer waits (one
     * conditional write: that change, and no other, must be the one waiting).
     *
     * @return the file as it then stands, or empty when that change is not the one waiting
     */
    Optional<DeclarantFile> applyChange(String number, String procedureCode);

    /** The demo data, a migration: written as given. */
    void save(DeclarantFile file, List<ContributionSheet> sheets, List<EmployeeRecord> employees, List<OwnAccountChoice> choices);
}
