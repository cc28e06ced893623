package ad.cass.online.domain.doctors;

import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.domain.person.CassNumber;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The referring doctor (metge referent) of a person: seeds 001/002 list, among what a person can do on the
 * portal, "L'assignació o canvi del metge referent" and "L'històric de relacions de metges referents".
 * <p>
 * The rules (issue 17; the seeds name the acts, not the rules, so these are our decisions):
 * <ul>
 *   <li>the doctor is chosen from the CASS directory ({@link DoctorDirectory}) and must accept new patients;</li>
 *   <li>a change takes effect on the day after today (Europe/Andorra): the current period ends today and the
 *       new one opens tomorrow, so periods never overlap and the history keeps every one of them;</li>
 *   <li>a change chosen earlier today (not yet in effect) is replaced by a later one: both open tomorrow, and
 *       the store keeps one period per start day;</li>
 *   <li>choosing the current doctor is refused: it would change nothing; choosing again the one already chosen
 *       for tomorrow answers that choice, so a retried request is harmless (PUT is idempotent).</li>
 * </ul>
 * Who may act for whom is the access guard's concern: the caller passes the subject it let through.
 */
public final class ReferringDoctorService {
    public static final ZoneId ANDORRA = CatalanFormat.ANDORRA;
    public static final String FIELD = "doctorId";
    static final int MAX_ID_LENGTH = 32;
    public static final String UNKNOWN_DOCTOR = "No hi ha cap metge amb aquest codi al directori de la CASS.";
    public static final String NOT_ACCEPTING = "Aquest metge no accepta pacients nous. Trieu-ne un altre.";
    public static final String ALREADY_CURRENT = "Aquest metge ja és el vostre metge referent.";
    /** What a store answers when the current period changed between the read and the write. */
    public static final String CHANGED_MEANWHILE = "El metge referent ha canviat mentrestant. Torneu-ho a provar.";

    private final DoctorDirectory directory;
    private final DoctorAssignmentStore assignments;
    private final Clock clock;

    public ReferringDoctorService(DoctorDirectory directory, DoctorAssignmentStore assignments, Clock clock) {
        this.directory = directory;
        this.assignments = assignments;
        this.clock = clock;
    }

    /** Today in Andorra, whatever zone the clock (or the Lambda runtime, UTC) is in. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ANDORRA);
    }

    /** The period in effect today, if any. */
    public Optional<DoctorAssignment> current(CassNumber subject) {
        return current(assignments.history(subject), today());
    }

    /** The period chosen to begin after today, if a change is pending. */
    public Optional<DoctorAssignment> pending(CassNumber subject) {
        return pending(assignments.history(subject), today());
    }

    /** Every period, newest first (seeds 001/002: "L'històric de relacions de metges referents"). */
    public List<DoctorAssignment> history(CassNumber subject) {
        return assignments.history(subject).stream()
                .sorted(Comparator.comparing(DoctorAssignment::from).reversed())
                .toList();
    }

    /** The doctors a person may choose now, by name: those of the directory accepting new patients. */
    public List<Doctor> choices() {
        return directory.all().stream()
                .filter(Doctor::acceptingNewPatients)
                .sorted(Comparator.comparing(Doctor::name).thenComparing(Doctor::id))
                .toList();
    }

    /**
     * Assigns or changes the referring doctor (seeds 001/002: "L'assignació o canvi del metge referent"):
     * the current period ends today, the new one opens tomorrow and replaces a change still pending.
     *
     * @return the new period, or the pending one when it is this doctor already
     * @throws InvalidInput on {@value #FIELD}: unknown doctor, not accepting new patients, the current doctor,
     *                      or the current period changed meanwhile
     */
    public DoctorAssignment change(CassNumber subject, String doctorId) {
        if (doctorId == null || doctorId.isBlank() || doctorId.length() > MAX_ID_LENGTH) {
            throw new InvalidInput(FIELD, UNKNOWN_DOCTOR);
        }
        Doctor doctor = directory.find(doctorId.strip()).orElseThrow(() -> new InvalidInput(FIELD, UNKNOWN_DOCTOR));
        LocalDate today = today();
        LocalDate tomorrow = today.plusDays(1);
        List<DoctorAssignment> periods = assignments.history(subject);
        Optional<DoctorAssignment> current = current(periods, today);
        Optional<DoctorAssignment> pending = pending(periods, today);
        if (pending.isPresent() && pending.get().doctorId().equals(doctor.id())) {
            return pending.get(); // the same change again (a retried PUT): done already, nothing to write
        }
        if (current.isPresent() && current.get().doctorId().equals(doctor.id())) {
            throw new InvalidInput(FIELD, ALREADY_CURRENT);
        }
        if (!doctor.acceptingNewPatients()) {
            throw new InvalidInput(FIELD, NOT_ACCEPTING);
        }
        DoctorAssignment opening = DoctorAssignment.opening(subject, doctor, tomorrow);
        // a pending period opens tomorrow too (changes only ever open on the day after): the store replaces it
        assignments.change(subject, current.map(c -> c.endingOn(today)), opening);
        return opening;
    }

    static Optional<DoctorAssignment> current(List<DoctorAssignment> periods, LocalDate today) {
        return periods.stream().filter(p -> p.currentOn(today)).max(Comparator.comparing(DoctorAssignment::from));
    }

    static Optional<DoctorAssignment> pending(List<DoctorAssignment> periods, LocalDate today) {
        return periods.stream().filter(p -> p.pendingOn(today)).max(Comparator.comparing(DoctorAssignment::from));
    }
}
