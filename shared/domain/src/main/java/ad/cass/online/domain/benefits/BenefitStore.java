package ad.cass.online.domain.benefits;

import ad.cass.online.domain.person.CassNumber;
import java.time.LocalDate;
import java.util.List;

/** Sick leaves, payments and work suspensions of a person (professional data: access is checked before calling). */
public interface BenefitStore {
    void saveSickLeaves(List<SickLeave> leaves);

    void savePayments(List<Payment> payments);

    void saveWorkSuspensions(List<WorkSuspension> suspensions);

    /** Newest first. */
    List<SickLeave> sickLeaves(CassNumber subject);

    /** Paid from {@code from} to {@code to}, both included, newest first. */
    List<Payment> payments(CassNumber subject, LocalDate from, LocalDate to);

    /** Newest first. */
    List<WorkSuspension> workSuspensions(CassNumber subject);
}
