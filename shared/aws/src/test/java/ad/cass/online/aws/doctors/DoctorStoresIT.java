package ad.cass.online.aws.doctors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.dynamodb.RecordsKeys;
import ad.cass.online.domain.doctors.Doctor;
import ad.cass.online.domain.doctors.DoctorAssignment;
import ad.cass.online.domain.doctors.ReferringDoctorService;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.testing.TestStack;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The referring doctor's adapters (seeds 001/002) against the local DynamoDB (moto), on the Records table made
 * from template.yaml: the directory's partition, the periods newest first, and a change written whole or not at all.
 */
class DoctorStoresIT {
    static final Doctor SOLER = new Doctor("MR-0142", "Dr. Pere Soler Mas", "Medicina general", "Andorra la Vella", true);
    static final Doctor CASALS = new Doctor("MR-0388", "Dra. Marta Casals Vila", "Medicina general", "Escaldes-Engordany", true);
    static final Doctor RIBO = new Doctor("MR-0207", "Dra. Anna Ribó Pons", "Pediatria", "La Massana", true);
    static final Doctor PUIG = new Doctor("MR-0555", "Dr. Jordi Puig Font", "Medicina general", "Sant Julià de Lòria", false);
    static final LocalDate TODAY = LocalDate.of(2026, 7, 1);
    static final LocalDate TOMORROW = TODAY.plusDays(1);

    static TestStack stack;
    static String table;
    static DynamoDoctorDirectory directory;
    static DynamoDoctorAssignmentStore assignments;

    @BeforeAll
    static void deploy() {
        stack = TestStack.create();
        table = stack.name("RecordsTable");
        directory = new DynamoDoctorDirectory(stack.dynamo(), table);
        assignments = new DynamoDoctorAssignmentStore(stack.dynamo(), table);
        List.of(SOLER, PUIG, RIBO, CASALS).forEach(directory::save);
    }

    static ReferringDoctorService at(Instant now) {
        return new ReferringDoctorService(directory, assignments, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void theDirectorySavesFindsAndListsItsDoctors() {
        assertEquals(Optional.of(PUIG), directory.find("MR-0555"), "not accepting new patients reads back as such");
        assertEquals(Optional.of(RIBO), directory.find("MR-0207"));
        assertEquals(Optional.empty(), directory.find("MR-9999"));
        assertEquals(List.of(SOLER, RIBO, CASALS, PUIG), directory.all(), "the whole partition, in id order");
        Doctor full = new Doctor("MR-0901", "Dra. Laia Pujol Roig", "Medicina general", "Canillo", true);
        directory.save(full);
        Doctor closed = new Doctor("MR-0901", "Dra. Laia Pujol Roig", "Medicina general", "Canillo", false);
        directory.save(closed);
        assertEquals(Optional.of(closed), directory.find("MR-0901"), "saving again replaces");
        assertEquals(5, directory.all().size());
    }

    @Test
    void aFirstAssignmentAChangeAndAReplacedPendingChangeReadBackNewestFirst() {
        CassNumber subject = CassNumber.of("100001A");
        DoctorAssignment first = DoctorAssignment.opening(subject, SOLER, LocalDate.of(2020, 1, 2));
        assignments.change(subject, Optional.empty(), first);
        assertEquals(List.of(first), assignments.history(subject));

        DoctorAssignment closed = first.endingOn(TODAY);
        DoctorAssignment second = DoctorAssignment.opening(subject, CASALS, TOMORROW);
        assignments.change(subject, Optional.of(closed), second);
        assertEquals(List.of(second, closed), assignments.history(subject), "newest first, the closed period's to set");

        DoctorAssignment third = DoctorAssignment.opening(subject, RIBO, TOMORROW);
        assignments.change(subject, Optional.of(closed), third); // closing it again on the same day is allowed
        assertEquals(List.of(third, closed), assignments.history(subject), "the pending period is overwritten, not left overlapping");
    }

    @Test
    void theServiceOnTheRealStoresChangesTheDayAfterInAndorra() {
        CassNumber subject = CassNumber.of("100002B");
        Instant lateEvening = Instant.parse("2026-07-01T23:30:00Z"); // already 2 July in Andorra
        DoctorAssignment first = at(lateEvening).change(subject, "MR-0142");
        assertEquals(LocalDate.of(2026, 7, 3), first.from());
        assertEquals(Optional.empty(), at(lateEvening).current(subject));
        Instant dayAfter = lateEvening.plusSeconds(86400);
        assertEquals(Optional.of(first), at(dayAfter).current(subject));
        DoctorAssignment second = at(dayAfter).change(subject, "MR-0388");
        assertEquals(List.of(second, first.endingOn(LocalDate.of(2026, 7, 3))), at(dayAfter).history(subject));
        InvalidInput refused = assertThrows(InvalidInput.class, () -> at(dayAfter).change(subject, "MR-0555"));
        assertEquals(ReferringDoctorService.NOT_ACCEPTING, refused.getMessage());
        assertEquals(List.of(), assignments.history(CassNumber.of("100009J")), "another person has no periods");
    }

    @Test
    void aChangeIsAllOrNothingWhenTheCurrentPeriodChangedUnderIt() {
        CassNumber subject = CassNumber.of("100003C");
        DoctorAssignment current = DoctorAssignment.opening(subject, SOLER, LocalDate.of(2021, 3, 1));
        assignments.change(subject, Optional.empty(), current);
        // the service read the period open; meanwhile someone else ends it on another day
        stack.dynamo().updateItem(r -> r.tableName(table).key(RecordsKeys.doctor(subject, current.from()))
                .updateExpression("SET #to = :to").expressionAttributeNames(Map.of("#to", "to"))
                .expressionAttributeValues(Map.of(":to", AttributeValue.fromS("2026-06-15"))));

        InvalidInput e = assertThrows(InvalidInput.class, () -> assignments.change(subject,
                Optional.of(current.endingOn(TODAY)), DoctorAssignment.opening(subject, CASALS, TOMORROW)));
        assertEquals("doctorId", e.field());
        assertEquals("El metge referent ha canviat mentrestant. Torneu-ho a provar.", e.getMessage());
        assertEquals(List.of(current.endingOn(LocalDate.of(2026, 6, 15))), assignments.history(subject),
                "no new period, and the closed one keeps the end someone else gave it");
        assertTrue(stack.dynamo().getItem(r -> r.tableName(table).key(RecordsKeys.doctor(subject, TOMORROW))
                .consistentRead(true)).item().isEmpty(), "the Put of the transaction was not written");
    }

    @Test
    void aChangeIsAllOrNothingWhenTheCurrentPeriodIsGone() {
        CassNumber subject = CassNumber.of("100004D");
        DoctorAssignment vanished = DoctorAssignment.opening(subject, SOLER, LocalDate.of(2022, 5, 1));
        InvalidInput e = assertThrows(InvalidInput.class, () -> assignments.change(subject,
                Optional.of(vanished.endingOn(TODAY)), DoctorAssignment.opening(subject, CASALS, TOMORROW)));
        assertEquals(ReferringDoctorService.CHANGED_MEANWHILE, e.getMessage());
        assertEquals(List.of(), assignments.history(subject), "the Update did not make a stray item, nor the Put a period");
    }
}
