package ad.cass.online.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.doctors.DoctorItems;
import ad.cass.online.aws.doctors.DynamoDoctorDirectory;
import ad.cass.online.aws.dynamodb.PersonRecords;
import ad.cass.online.domain.doctors.Doctor;
import ad.cass.online.domain.doctors.DoctorAssignment;
import ad.cass.online.testing.ApiContract;
import ad.cass.online.testing.Events;
import ad.cass.online.testing.TestPeople;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The referring doctor over HTTP (seeds 001/002), driven by events/account/referring-doctor-*.json, with the
 * template's environment, on 30/11/2026 at 23:30 in Andorra (22:30 UTC).
 */
class ReferringDoctorIT extends AccountFunctionHarness {

    /** 23:30 in Andorra: half an hour before the day after, when a change made now takes effect. */
    @Override
    Instant start() {
        return Instant.parse("2026-11-30T22:30:00Z");
    }

    @Override
    void seed() {
        String records = stack.name("RecordsTable");
        DynamoDoctorDirectory directory = new DynamoDoctorDirectory(stack.dynamo(), records);
        directory.save(new Doctor("MR-0388", "Dra. Marta Casals Vila", "Medicina general", "Escaldes-Engordany", true));
        directory.save(new Doctor("MR-0419", "Dr. Jaume Coma Riu", "Medicina general", "La Massana", true));
        directory.save(new Doctor("MR-0501", "Dr. Oriol Bonet Calvó", "Pediatria", "Encamp", true));
        directory.save(new Doctor("MR-0555", "Dr. Ramon Estany Guitart", "Medicina general", "Canillo", false));
        new PersonRecords(stack.dynamo(), records).write(List.of(
                new DoctorAssignment(TestPeople.HOLDER, "MR-0388", "Dra. Marta Casals Vila", "Medicina general",
                        LocalDate.of(2024, 1, 15), null)), DoctorItems::item);
    }

    JsonNode ok(String eventFile) throws Exception {
        return ok(withBody(eventFile, null));
    }

    @Test
    void aChangeTakesEffectTheDayAfterAndTheHistoryKeepsEveryPeriod() throws Exception {
        JsonNode before = ok("referring-doctor.json");
        assertEquals("MR-0388", before.get("current").get("doctorId").asText());
        assertEquals(List.of("MR-0419", "MR-0501", "MR-0388"), before.get("choices").findValuesAsText("id"),
                "accepting new patients, by name");
        JsonNode changed = ok("referring-doctor-change.json");
        assertEquals("MR-0388", changed.get("current").get("doctorId").asText(), "today's doctor stays today's");
        assertEquals("2026-11-30", changed.get("current").get("to").asText());
        assertEquals("MR-0419", changed.get("pending").get("doctorId").asText());
        assertEquals("2026-12-01", changed.get("pending").get("from").asText(), "tomorrow in Andorra, though 30/11 in UTC");
        assertEquals(changed, ok("referring-doctor-change.json"), "the same PUT again changes nothing");
        clock.advance(Duration.ofHours(1)); // 00:30 on 1 December in Andorra
        JsonNode tomorrow = ok("referring-doctor.json");
        assertEquals("MR-0419", tomorrow.get("current").get("doctorId").asText());
        assertFalse(tomorrow.has("pending"));
        JsonNode history = ok("referring-doctor-history.json");
        assertEquals(List.of("MR-0419", "MR-0388"), history.get("periods").findValuesAsText("doctorId"));
        assertEquals(List.of("2026-12-01", "2024-01-15"), history.get("periods").findValuesAsText("from"));
    }

    @Test
    void aHolderChoosesTheirDependantsDoctor() throws Exception {
        JsonNode child = ok("referring-doctor-change-for-child.json");
        assertEquals("MR-0501", child.get("pending").get("doctorId").asText());
        assertFalse(child.has("current"), "Pau had none");
        assertEquals("MR-0388", ok("referring-doctor.json").get("current").get("doctorId").asText(), "Jordi's is untouched");
    }

    @Test
    void aStaleProfileReachesOnlyTheCallersOwnDoctor() throws Exception {
        assertEquals("MR-0388", ok("referring-doctor-stale-profile.json").get("current").get("doctorId").asText());
    }

    @Test
    void aDoctorNotAcceptingNewPatientsIsRefusedOnTheField() throws Exception {
        APIGatewayV2HTTPEvent event = Events.read("account", "referring-doctor-change.json", APIGatewayV2HTTPEvent.class);
        event.setBody("{\"doctorId\":\"MR-0555\"}");
        APIGatewayV2HTTPResponse response = ApiContract.checked(event, function.handleRequest(event, null));
        assertEquals(400, response.getStatusCode());
        assertEquals("doctorId", JSON.readTree(response.getBody()).get("field").asText());
        assertTrue(JSON.readTree(response.getBody()).get("detail").asText().contains("no accepta pacients nous"));
    }
}
