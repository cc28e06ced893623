package ad.cass.online.domain.reimbursements;

import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.access.DataCategory;
import ad.cass.online.domain.access.Subject;
import ad.cass.online.domain.error.NotFound;
import ad.cass.online.domain.identity.Principal;
import ad.cass.online.domain.period.DayPeriod;
import ad.cass.online.domain.person.Person;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The benefit sheets of the person the caller acts as (issue 18; seed 000 §2.1.3): "les prestacions dels darrers
 * 12 mesos" by default, another period on request (five years at most, so a request reads a bounded range of
 * one partition), one sheet by its number ("Es pot buscar un full de prestacions especificant el número de
 * full"), and a sheet's lines. Health data: a holder reads their dependant's (seed 000 §1.1).
 */
public final class ReimbursementService {
    static final ZoneId ANDORRA = ZoneId.of("Europe/Andorra");
    static final String NOT_FOUND = "No s'ha trobat aquest full de prestacions.";

    private final AccessGuard guard;
    private final ReimbursementStore store;
    private final Clock clock;

    public ReimbursementService(AccessGuard guard, ReimbursementStore store, Clock clock) {
        this.guard = guard;
        this.store = store;
        this.clock = clock;
    }

    /**
     * The sheets of a period, and the period and type as they were read.
     *
     * @param kind null: every type
     */
    public record Sheets(LocalDate from, LocalDate to, BenefitKind kind, List<ReimbursementSheet> sheets, Person person,
                         Instant readAt) {
        public Sheets {
            sheets = List.copyOf(sheets);
        }
    }

    /**
     * The sheets whose first act falls in the period, of one type when {@code kind} says (seed 000 §2.1.3, "el tipus de
     * prestació (opcional)"); the last 12 months (Andorra's today) when no period is given.
     */
    public Sheets sheets(Principal caller, LocalDate from, LocalDate to, BenefitKind kind) {
        DayPeriod period = DayPeriod.asked(from, to, clock.instant().atZone(ANDORRA).toLocalDate());
        LocalDate start = period.from();
        LocalDate end = period.to();
        AccessGuard.Reached reached = guard.reach(caller, DataCategory.HEALTH);
        // the period bounds the Query (five years of one person's sheets); the type is a filter over what it read
        return new Sheets(start, end, kind, store.between(reached.subject().person(), start, end).stream()
                .filter(s -> kind == null || s.kind() == kind).toList(), reached.person(), clock.instant());
    }

    /** Seed 000 §2.1.3, the search by number: that sheet alone, or none when the person has no such sheet. */
    public List<ReimbursementSheet> searched(Principal caller, String sheetNumber) {
        Subject subject = guard.subject(caller, DataCategory.HEALTH);
        return store.find(subject.person(), sheetNumber).map(List::of).orElse(List.of());
    }

    /** A sheet, whose it is, and when it was read: what its copy shows (seed 000 §2.1.3, "còpia del full de prestacions"). */
    public record Copy(ReimbursementSheet sheet, Person person, Instant readAt) {
    }

    /** The copy of one sheet; another person's number is not found, whether or not it exists. */
    public Copy copy(Principal caller, String sheetNumber) {
        AccessGuard.Reached reached = guard.reach(caller, DataCategory.HEALTH);
        return new Copy(store.find(reached.subject().person(), sheetNumber).orElseThrow(() -> new NotFound(NOT_FOUND)),
                reached.person(), clock.instant());
    }

    /** One sheet, its lines with it; another person's number is not found, whether or not it exists. */
    public ReimbursementSheet sheet(Principal caller, String sheetNumber) {
        Subject subject = guard.subject(caller, DataCategory.HEALTH);
        return store.find(subject.person(), sheetNumber).orElseThrow(() -> new NotFound(NOT_FOUND));
    }
}
