package ad.cass.online.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.contributions.DynamoEmploymentStore;
import ad.cass.online.aws.personalfile.DynamoPersonalFileStore;
import ad.cass.online.domain.contributions.EmploymentPeriod;
import ad.cass.online.domain.contributions.Scheme;
import ad.cass.online.domain.personalfile.BankAccount;
import ad.cass.online.domain.personalfile.FileRecord;
import ad.cass.online.domain.personalfile.PostalAddress;
import ad.cass.online.notices.NoticesQueueFunction;
import ad.cass.online.testing.TestMail;
import ad.cass.online.testing.TestPeople;
import ad.cass.online.testing.TestQueues;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The personal file (seed 000 §2.2.1, "Veure fitxa"; issue 17) over HTTP, on the emulated tables and queue. */
class PersonalFileIT extends AccountFunctionHarness {
    @Override
    void seed() {
        new DynamoEmploymentStore(stack.dynamo(), stack.name("RecordsTable")).save(List.of(
                new EmploymentPeriod(TestPeople.HOLDER, "501877", "Supermercats Pyrénées SA", Scheme.GENERAL,
                        LocalDate.of(2003, 9, 1), LocalDate.of(2010, 2, 28)),
                new EmploymentPeriod(TestPeople.HOLDER, "507342", "Banc Andorrà de Crèdit SA", Scheme.GENERAL,
                        LocalDate.of(2010, 3, 1), null)));
        stack.dynamo().putItem(r -> r.tableName(stack.name("PeopleTable")).item(DynamoPersonalFileStore.item(TestPeople.HOLDER,
                new FileRecord("+376812345", new PostalAddress("Avinguda Meritxell, 58", "AD500", "Andorra la Vella", "AD"),
                        new BankAccount("AD1200012030200359100100", LocalDate.of(2010, 3, 1)), null, null, 1))));
    }

    APIGatewayV2HTTPResponse call(String eventFile, String body) {
        return withBody(eventFile, body);
    }

    JsonNode ok(String eventFile, String body) throws Exception {
        return ok(withBody(eventFile, body));
    }

    @Test
    void theFileShowsEveryPartWithTheIbanMasked() throws Exception {
        JsonNode file = ok("personal-file.json", null);
        assertEquals("100001A", file.at("/personal/cassNumber").asText());
        assertEquals("DIRECT", file.at("/personal/insuredType").asText());
        assertEquals("+376812345", file.at("/contact/phone").asText());
        assertEquals("AD500", file.at("/contact/address/postcode").asText());
        assertEquals("**** **** **** **** **** 0100", file.at("/bank/iban").asText());
        assertFalse(file.toString().contains("AD1200012030200359100100"), "the full IBAN never leaves");
        assertEquals(2, file.get("dependants").size());
        assertEquals("507342", file.at("/employment/0/declarantNumber").asText(), "newest first");
        assertTrue(file.at("/employment/0/to").isMissingNode(), "the running period has no end");
        assertEquals(0, file.get("withheld").size());
    }

    @Test
    void actingForADependantTheEmploymentHistoryIsWithheldAndNobodyIsInTheirCharge() throws Exception {
        JsonNode file = ok("personal-file-as-dependant.json", null);
        assertEquals("100003C", file.at("/personal/cassNumber").asText());
        assertEquals("100001A", file.at("/personal/holder").asText());
        assertTrue(file.get("employment") == null);
        assertEquals("employment", file.at("/withheld/0").asText());
        assertEquals(0, file.get("dependants").size());
    }

    @Test
    void aContactChangeIsAtOnceAuditedOnceAndToldToTheOldAddress() throws Exception {
        JsonNode changed = ok("personal-file-change.json", null);
        assertEquals("jordi.vidal.font@example.ad", changed.at("/contact/email").asText());
        assertEquals("+376812346", changed.at("/contact/phone").asText(), "kept in E.164");
        assertEquals("Carrer Prat de la Creu, 12", changed.at("/contact/address/street").asText());
        assertEquals("jordi.vidal.font@example.ad", ok("personal-file.json", null).at("/contact/email").asText());

        ok("personal-file-change.json", null); // the same patch again: a retry, which writes nothing
        JsonNode history = ok("personal-file-history.json", null);
        assertEquals(1, history.get("entries").size());
        JsonNode entry = history.at("/entries/0");
        assertEquals("100001A", entry.get("actor").asText());
        assertEquals("SELF", entry.get("capacity").asText());
        assertEquals("email", entry.at("/changes/0/field").asText());
        assertEquals("jordi.vidal@example.ad", entry.at("/changes/0/before").asText());
        assertEquals("jordi.vidal.font@example.ad", entry.at("/changes/0/after").asText());
        assertEquals(List.of("email", "phone", "address"), List.of(entry.at("/changes/0/field").asText(),
                entry.at("/changes/1/field").asText(), entry.at("/changes/2/field").asText()));

        int before = TestMail.to("jordi.vidal@example.ad").size();
        assertEquals(1, TestQueues.deliver(stack, "NoticeQueue", stack.build("NoticesFunction", NoticesQueueFunction::new)));
        List<Map<String, String>> mails = TestMail.to("jordi.vidal@example.ad");
        assertEquals(before + 1, mails.size(), "the old address is told");
        assertTrue(mails.get(mails.size() - 1).get("text").contains("j***@example.ad"), mails.get(mails.size() - 1).get("text"));
    }

    @Test
    void aNewIbanIsAProcedureThatCassConfirmsNotAChange() throws Exception {
        JsonNode asked = ok("personal-file-change-iban.json", null);
        assertEquals("**** **** **** **** **** 0100", asked.at("/bank/iban").asText(), "payments still go to the account on file");
        assertEquals("**** **** **** **** **** 1000", asked.at("/pendingBankChange/iban").asText());
        String code = asked.at("/pendingBankChange/procedureCode").asText();
        assertTrue(code.matches("TA2026-\\d{6}"), code);

        JsonNode again = ok("personal-file-change-iban.json", null);
        assertEquals(code, again.at("/pendingBankChange/procedureCode").asText(), "the same request is the same procedure");

        APIGatewayV2HTTPResponse another = call("personal-file-change-iban.json", "{\"iban\":\"FR1420041010050500013M02606\"}");
        assertEquals(409, another.getStatusCode());

        JsonNode entry = ok("personal-file-history.json", null).at("/entries/0");
        assertEquals(code, entry.get("procedureCode").asText());
        assertEquals("**** **** **** **** **** 0100", entry.at("/changes/0/before").asText());
        assertEquals("**** **** **** **** **** 1000", entry.at("/changes/0/after").asText());
        assertFalse(ok("personal-file-history.json", null).toString().contains("AD3200012030987654321000"));
    }

    @Test
    void actingForADependantTheHolderChangesTheirContactButNotABankAccount() throws Exception {
        JsonNode changed = ok("personal-file-change-as-dependant.json", null);
        assertEquals("+376355121", changed.at("/contact/phone").asText());
        JsonNode entry = ok("personal-file-history.json", null); // Jordi's own history: untouched
        assertEquals(0, entry.get("entries").size());
        assertEquals(403, call("personal-file-change-as-dependant.json", "{\"iban\":\"AD1200012030200359100100\"}").getStatusCode());
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"iban\":\"AD13 0001 2030 2003 5910 0100\"} | iban",
            "{\"iban\":\"AD12 0001 2030 2003 5910 01\"} | iban",
            "{\"iban\":\"ZZ12 0001 2030 2003 5910 0100\"} | iban",
            "{\"email\":\"jordi.vidal@\"} | email",
            "{\"phone\":\"12\"} | phone",
            "{\"phone\":\"+376 8123456789\"} | phone",
            "{\"address\":{\"street\":\"Carrer Major, 1\",\"postcode\":\"AD900\",\"town\":\"Encamp\",\"country\":\"AD\"}} | address.postcode",
            "{\"address\":{\"street\":\"Carrer Major, 1\",\"postcode\":\"AD200\",\"town\":\"Encamp\",\"country\":\"XX\"}} | address.country",
            "{\"address\":{\"street\":\"Carrer Major, 1\",\"postcode\":\"AD200\",\"country\":\"AD\"}} | address.town",
            "{\"phone\":\"+376 812 399\",\"iban\":\"AD13 0001 2030 2003 5910 0100\"} | iban",
            "{} | body"})
    void aBadPartIsABadRequestNamingItAndNothingIsWritten(String body, String field) throws Exception {
        APIGatewayV2HTTPResponse response = call("personal-file-change.json", body);
        assertEquals(400, response.getStatusCode(), response.getBody());
        assertEquals(field, JSON.readTree(response.getBody()).get("field").asText());
        assertEquals("+376812345", ok("personal-file.json", null).at("/contact/phone").asText());
        assertEquals(0, ok("personal-file-history.json", null).get("entries").size());
        assertNull(ok("personal-file.json", null).get("pendingBankChange"));
    }
}
