package ad.cass.online.domain.lifecertificates;

import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.access.DataCategory;
import ad.cass.online.domain.error.Conflict;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.error.NotFound;
import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.domain.idempotency.IdempotencyKey;
import ad.cass.online.domain.identity.Principal;
import ad.cass.online.domain.procedures.Procedure;
import ad.cass.online.domain.procedures.ProcedureCodes;
import ad.cass.online.domain.procedures.ProcedureStatus;
import ad.cass.online.domain.procedures.ProcedureStore;
import ad.cass.online.domain.procedures.ProcedureType;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An appointment for proof of life by video call with the OVAC (seed 003 §3.2 lists "videoconferència" among the
 * ways CASS takes it; issue 21), asked for through the portal and filed as a procedure that CASS answers with a date.
 * The staff member then records the check ({@link IssuerType#OVAC_VIDEO_CALL}). Filed once per Idempotency-Key.
 */
public final class VideoCallRequests {
    static final String DESCRIPTION = ProcedureType.PROOF_OF_LIFE.label() + ": cita per videoconferència amb l'OVAC";
    static final String BAD_DATE = "Indiqueu un dia laborable a partir de demà i dins dels {0} dies següents, amb el format AAAA-MM-DD.";
    static final String BAD_TIME = "La franja ha de ser MORNING (matí) o AFTERNOON (tarda).";
    static final List<String> TIMES = List.of("MORNING", "AFTERNOON");
    /** How far ahead a person may ask: the rest of a campaign and its deadline, at most (decision, issue 21). */
    static final int HORIZON_DAYS = 60;

    private final AccessGuard guard;
    private final LifeCertificateStore pensions;
    private final ProcedureStore procedures;
    private final Clock clock;

    public VideoCallRequests(AccessGuard guard, LifeCertificateStore pensions, ProcedureStore procedures, Clock clock) {
        this.guard = guard;
        this.pensions = pensions;
        this.procedures = procedures;
        this.clock = clock;
    }

    /**
     * Files the request: the day the pensioner would like (a working day, tomorrow to {@value #HORIZON_DAYS} days on),
     * morning or afternoon, in their language. The same key again answers the procedure filed the first time.
     */
    public Procedure request(Principal caller, String idempotencyKey, String preferredDate, String timeOfDay) {
        IdempotencyKey key = new IdempotencyKey(idempotencyKey);
        AccessGuard.Reached reached = guard.reachToWrite(caller, DataCategory.PROCEDURES);
        PensionRecord pension = pensions.pension(reached.subject().person())
                .orElseThrow(() -> new NotFound(LifeCertificateService.NOT_A_PENSIONER));
        if (pension.state().status() == PensionState.Status.CLOSED) {
            throw new Conflict(PensionDecisions.CLOSED);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = now.atZone(CatalanFormat.ANDORRA).toLocalDate();
        LocalDate day = workingDay(preferredDate, today);
        String time = timeOfDay == null || timeOfDay.isBlank() ? "MORNING" : timeOfDay;
        if (!TIMES.contains(time)) {
            throw new InvalidInput("timeOfDay", BAD_TIME);
        }
        Map<String, String> fields = new TreeMap<>();
        fields.put("preferredDate", day.toString());
        fields.put("timeOfDay", time);
        fields.put("language", pension.pensioner().language().code());
        return procedures.createOnce(new Procedure(reached.subject().person(),
                ProcedureCodes.forRequest(reached.subject().person(), key, today), DESCRIPTION, today, now,
                ProcedureStatus.IN_PROGRESS, false, List.of(), fields));
    }

    private static LocalDate workingDay(String value, LocalDate today) {
        LocalDate day;
        try {
            day = LocalDate.parse(value == null ? "" : value);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("preferredDate", BAD_DATE, HORIZON_DAYS);
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (!day.isAfter(today) || day.isAfter(today.plusDays(HORIZON_DAYS)) || weekend) {
            throw new InvalidInput("preferredDate", BAD_DATE, HORIZON_DAYS);
        }
        return day;
    }
}
