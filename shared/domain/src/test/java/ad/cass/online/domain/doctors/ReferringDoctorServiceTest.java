package ad.cass.online.domain.doctors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.person.CassNumber;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Assigning and changing the referring doctor (seeds 001/002: "L'assignació o canvi del metge referent",
 * "L'històric de relacions de metges referents"): effective the day after, in Andorra's calendar; every
 * period kept, none overlapping. Periods are written {@code doctor:from:to} ({@code to} empty while it
 * lasts), newest first, separated by {@code |}.
 */
class ReferringDoctorServiceTest {
    static final CassNumber SUBJECT = CassNumber.of("100001A");
    static final Instant NOON = Instant.parse("2026-07-01T10:00:00Z"); // 12:00 in Andorra (CEST)

    final InMemoryDoctorDirectory directory = new InMemoryDoctorDirectory();
    final InMemoryDoctorAssignmentStore store = new InMemoryDoctorAssignmentStore();

    ReferringDoctorServiceTest() {
        directory.save(new Doctor("MR-0142", "Dr. Pere Soler Mas", "Medicina general", "Andorra la Vella", true));
        directory.save(new Doctor("MR-0388", "Dra. Marta Casals Vila", "Medicina general", "Escaldes-Engordany", true));
        directory.save(new Doctor("MR-0207", "Dra. Anna Ribó Pons", "Pediatria", "La Massana", true));
        directory.save(new Doctor("MR-0555", "Dr. Jordi Puig Font", "Medicina general", "Ordino", false));
    }

    ReferringDoctorService at(Instant now) {
        return new ReferringDoctorService(directory, store, Clock.fixed(now, ZoneOffset.UTC));
    }

    void given(String periods) {
        parse(periods).forEach(store::put);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
        "first assignment, no current;          2026-07-01T10:00:00Z; -;                                                      MR-0142; MR-0142:2026-07-02:",
        "first assignment after an old period;  2026-07-01T10:00:00Z; MR-0142:2010-01-01:2015-12-31;                          MR-0388; MR-0388:2026-07-02:|MR-0142:2010-01-01:2015-12-31",
        "a change: current ends today;          2026-07-01T10:00:00Z; MR-0142:2020-01-01:;                                    MR-0388; MR-0388:2026-07-02:|MR-0142:2020-01-01:2026-07-01",
        "a change keeps the older history;      2026-07-01T10:00:00Z; MR-0388:2024-01-15:|MR-0142:2012-05-03:2024-01-14;      MR-0207; MR-0207:2026-07-02:|MR-0388:2024-01-15:2026-07-01|MR-0142:2012-05-03:2024-01-14",
        "current began today;                   2026-07-01T10:00:00Z; MR-0388:2026-07-01:|MR-0142:2020-01-01:2026-06-30;      MR-0207; MR-0207:2026-07-02:|MR-0388:2026-07-01:2026-07-01|MR-0142:2020-01-01:2026-06-30",
        "replaces a pending change;             2026-07-01T10:00:00Z; MR-0388:2026-07-02:|MR-0142:2020-01-01:2026-07-01;      MR-0207; MR-0207:2026-07-02:|MR-0142:2020-01-01:2026-07-01",
        "replaces a pending first assignment;   2026-07-01T10:00:00Z; MR-0142:2026-07-02:;                                    MR-0388; MR-0388:2026-07-02:",
        "23:30 UTC in summer is tomorrow here;  2026-07-01T23:30:00Z; MR-0142:2020-01-01:;                                    MR-0388; MR-0388:2026-07-03:|MR-0142:2020-01-01:2026-07-02",
        "21:59 UTC in summer is still today;    2026-07-01T21:59:00Z; MR-0142:2020-01-01:;                                    MR-0388; MR-0388:2026-07-02:|MR-0142:2020-01-01:2026-07-01",
        "23:30 UTC in winter is tomorrow here;  2026-01-15T23:30:00Z; MR-0142:2020-01-01:;                                    MR-0388; MR-0388:2026-01-17:|MR-0142:2020-01-01:2026-01-16",
        "22:59 UTC in winter is still today;    2026-01-15T22:59:00Z; MR-0142:2020-01-01:;                                    MR-0388; MR-0388:2026-01-16:|MR-0142:2020-01-01:2026-01-15",
        "31 December: effective 1 January;      2026-12-31T12:00:00Z; MR-0142:2020-01-01:;                                    MR-0388; MR-0388:2027-01-01:|MR-0142:2020-01-01:2026-12-31",
    })
    void aChangeTakesEffectTheDayAfterAndKeepsEveryPeriod(String name, Instant now, String before, String doctorId, String after) {
        if (before != null) {
            given(before);
        }
        ReferringDoctorService service = at(now);
        Optional<DoctorAssignment> currentBefore = service.current(SUBJECT);

        DoctorAssignment opened = service.change(SUBJECT, doctorId);

        assertEquals(doctorId, opened.doctorId());
        assertEquals(service.today().plusDays(1), opened.from(), "effective the day after today in Andorra");
        assertNull(opened.to());
        assertEquals(directory.find(doctorId).orElseThrow().name(), opened.doctorName());
        assertEquals(after, format(service.history(SUBJECT)));
        assertNeverOverlapping(service.history(SUBJECT));
        assertEquals(currentBefore.map(DoctorAssignment::doctorId), service.current(SUBJECT).map(DoctorAssignment::doctorId),
                "today's doctor stays today's doctor");
        assertEquals(Optional.of(opened), service.pending(SUBJECT));
        assertEquals(Optional.of(opened), at(now.plusSeconds(24 * 3600)).current(SUBJECT), "tomorrow the new doctor is current");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
        "unknown doctor;                          -;                                                 MR-9999; " + ReferringDoctorService.UNKNOWN_DOCTOR,
        "no doctor given;                         MR-0142:2020-01-01:;                               -;       " + ReferringDoctorService.UNKNOWN_DOCTOR,
        "blank doctor;                            MR-0142:2020-01-01:;                               '  ';    " + ReferringDoctorService.UNKNOWN_DOCTOR,
        "doctor not accepting new patients;       MR-0142:2020-01-01:;                               MR-0555; " + ReferringDoctorService.NOT_ACCEPTING,
        "not accepting, first assignment;         -;                                                 MR-0555; " + ReferringDoctorService.NOT_ACCEPTING,
        "same doctor as the current one;          MR-0142:2020-01-01:;                               MR-0142; " + ReferringDoctorService.ALREADY_CURRENT,
        "same as current, no longer accepting;    MR-0555:2020-01-01:;                               MR-0555; " + ReferringDoctorService.ALREADY_CURRENT,
        "the current one while a change pends;    MR-0388:2026-07-02:|MR-0142:2020-01-01:2026-07-01; MR-0142; " + ReferringDoctorService.ALREADY_CURRENT,
    })
    void aChangeThatCannotBeIsRefusedOnTheDoctorFieldAndWritesNothing(String name, String before, String doctorId, String message) {
        if (before != null) {
            given(before);
        }
        List<DoctorAssignment> history = at(NOON).history(SUBJECT);
        InvalidInput e = assertThrows(InvalidInput.class, () -> at(NOON).change(SUBJECT, doctorId));
        assertEquals("doctorId", e.field());
        assertEquals(message, e.getMessage());
        assertEquals(0, store.changes, "nothing written");
        assertEquals(history, at(NOON).history(SUBJECT));
    }

    @ParameterizedTest(name = "{0}: the same choice again is that choice, and writes nothing")
    @CsvSource(delimiter = ';', value = {
        "the one already chosen for tomorrow; MR-0388:2026-07-02:|MR-0142:2020-01-01:2026-07-01",
        "first assignment already chosen;     MR-0388:2026-07-02:"})
    void choosingAgainTheDoctorAlreadyChosenIsHarmless(String name, String before) {
        given(before);
        List<DoctorAssignment> history = at(NOON).history(SUBJECT);
        DoctorAssignment again = at(NOON).change(SUBJECT, "MR-0388");
        assertEquals(LocalDate.of(2026, 7, 2), again.from());
        assertEquals("MR-0388", again.doctorId());
        assertEquals(0, store.changes, "nothing written");
        assertEquals(history, at(NOON).history(SUBJECT));
    }

    @ParameterizedTest(name = "at {0} the current doctor is {1}")
    @CsvSource({
        "2026-07-01T10:00:00Z, MR-0142",
        "2026-07-01T21:59:59Z, MR-0142", // 23:59:59 in Andorra
        "2026-07-01T22:00:00Z, MR-0388", // midnight in Andorra: the change took effect
        "2026-07-02T10:00:00Z, MR-0388",
        "2012-05-02T10:00:00Z, ",        // before any period
    })
    void theCurrentDoctorIsTheOneOfTodayInAndorra(Instant now, String doctorId) {
        given("MR-0388:2026-07-02:|MR-0142:2012-05-03:2026-07-01");
        assertEquals(Optional.ofNullable(doctorId), at(now).current(SUBJECT).map(DoctorAssignment::doctorId));
    }

    @Test
    void aSuccessionOfChangesOverDaysKeepsEveryPeriodNewestFirstWithoutOverlap() {
        Instant day = NOON;
        at(day).change(SUBJECT, "MR-0142");
        at(day).change(SUBJECT, "MR-0388"); // changed one's mind the same day: replaces the pending one
        day = day.plusSeconds(10 * 86400);
        at(day).change(SUBJECT, "MR-0207");
        day = day.plusSeconds(86400); // the day MR-0207 takes effect
        at(day).change(SUBJECT, "MR-0142");
        day = day.plusSeconds(400 * 86400);
        at(day).change(SUBJECT, "MR-0388");
        List<DoctorAssignment> history = at(day).history(SUBJECT);
        assertEquals("MR-0388:2027-08-17:|MR-0142:2026-07-13:2027-08-16|MR-0207:2026-07-12:2026-07-12|MR-0388:2026-07-02:2026-07-11",
                format(history));
        assertNeverOverlapping(history);
        assertEquals(history, store.history(SUBJECT), "the store answers newest first too");
    }

    @Test
    void anotherPersonsPeriodsAreUntouched() {
        CassNumber other = CassNumber.of("100002B");
        store.put(new DoctorAssignment(other, "MR-0207", "Dra. Anna Ribó Pons", "Pediatria", LocalDate.of(2014, 6, 2), null));
        at(NOON).change(SUBJECT, "MR-0142");
        assertEquals("MR-0207:2014-06-02:", format(at(NOON).history(other)));
    }

    @Test
    void aChangeMadeMeanwhileRefusesTheWholeChange() {
        given("MR-0142:2020-01-01:");
        // between the service's read and its write, someone else closes the period on another day
        store.meanwhile = () -> {
            store.meanwhile = () -> { };
            store.put(parse("MR-0142:2020-01-01:2026-06-15").get(0));
        };
        InvalidInput e = assertThrows(InvalidInput.class, () -> at(NOON).change(SUBJECT, "MR-0388"));
        assertEquals("doctorId", e.field());
        assertEquals(ReferringDoctorService.CHANGED_MEANWHILE, e.getMessage());
        assertEquals("MR-0142:2020-01-01:2026-06-15", format(at(NOON).history(SUBJECT)), "no new period opened");
    }

    @Test
    void theChoicesAreTheDoctorsAcceptingNewPatientsByName() {
        assertEquals(List.of("Dr. Pere Soler Mas", "Dra. Anna Ribó Pons", "Dra. Marta Casals Vila"),
                at(NOON).choices().stream().map(Doctor::name).toList());
    }

    @ParameterizedTest(name = "parish \"{0}\" is refused")
    @CsvSource(nullValues = "-", value = {"Andorra", "Pas de la Casa", "la massana", "-"})
    void aDoctorPractisesInOneOfTheSevenParishes(String parish) {
        assertThrows(IllegalArgumentException.class, () -> new Doctor("MR-0001", "Dr. X", "Medicina general", parish, true));
    }

    static void assertNeverOverlapping(List<DoctorAssignment> newestFirst) {
        for (int i = 0; i + 1 < newestFirst.size(); i++) {
            DoctorAssignment newer = newestFirst.get(i);
            DoctorAssignment older = newestFirst.get(i + 1);
            assertTrue(newer.from().isAfter(older.from()), "newest first");
            assertTrue(older.to() != null && older.to().isBefore(newer.from()), older + " overlaps " + newer);
        }
    }

    List<DoctorAssignment> parse(String periods) {
        List<DoctorAssignment> parsed = new ArrayList<>();
        for (String p : periods.split("\\|")) {
            String[] f = p.strip().split(":", -1);
            Doctor d = directory.find(f[0]).orElseThrow();
            parsed.add(new DoctorAssignment(SUBJECT, d.id(), d.name(), d.speciality(), LocalDate.parse(f[1]),
                    f[2].isEmpty() ? null : LocalDate.parse(f[2])));
        }
        return parsed;
    }

    static String format(List<DoctorAssignment> periods) {
        return periods.stream().map(p -> p.doctorId() + ":" + p.from() + ":" + (p.to() == null ? "" : p.to()))
                .collect(Collectors.joining("|"));
    }
}
