package ad.cass.online.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.testing.RefusingAws;
import ad.cass.online.testing.TestMail;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The contact form (seed 000 §2.2.4) over HTTP, driven by events/account/contact.json, mails read back from SES. */
class ContactIT extends AccountFunctionHarness {
    APIGatewayV2HTTPResponse call(AccountApiFunction f, String key, String member, Object value) {
        return send(f, "contact.json", event -> {
            event.getHeaders().put("idempotency-key", key);
            if (member != null) {
                ObjectNode body = body(event);
                body.set(member, JSON.valueToTree(value));
                event.setBody(body.toString());
            }
        });
    }

    @Test
    void aMessageReachesTheCassInboxWithThePersonsReferenceOnceAndACopyGoesToTheReplyAddress() throws Exception {
        int inbox = TestMail.to("cau@cass.ad").size();
        int copies = TestMail.to("jordi.vidal@example.ad").size();
        APIGatewayV2HTTPResponse sent = call(function, "contacte-2026-11-30-a", null, null);
        assertEquals(202, sent.getStatusCode(), sent.getBody());
        String reference = JSON.readTree(sent.getBody()).get("reference").asText();
        List<Map<String, String>> toCass = TestMail.to("cau@cass.ad");
        assertEquals(inbox + 1, toCass.size());
        Map<String, String> mail = toCass.get(toCass.size() - 1);
        assertEquals("[CASS Online " + reference + "] Canvi de metge referent", mail.get("subject"));
        assertTrue(mail.get("text").contains("Persona: 100001A"), mail.get("text"));
        assertTrue(mail.get("text").contains("Respondre a: jordi.vidal@example.ad"));
        assertEquals(copies + 1, TestMail.to("jordi.vidal@example.ad").size(), "a copy to the reply address");
        assertEquals(sent.getBody(), call(function, "contacte-2026-11-30-a", null, null).getBody(), "the retry: the same reference");
        assertEquals(inbox + 1, TestMail.to("cau@cass.ad").size(), "and no second mail");
    }

    /** Found by bench/load: two requests with the same key at once (a double click) each mailed CASS and the person. */
    @Test
    void theSameMessageSentTwiceAtOnceIsMailedOnce() throws Exception {
        int inbox = TestMail.to("cau@cass.ad").size();
        int copies = TestMail.to("jordi.vidal@example.ad").size();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService clicks = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<APIGatewayV2HTTPResponse>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                answers.add(clicks.submit(() -> {
                    start.await();
                    return call(function, "contacte-doble-clic", null, null);
                }));
            }
            start.countDown();
            java.util.Set<String> references = new java.util.HashSet<>();
            for (var answer : answers) {
                APIGatewayV2HTTPResponse response = answer.get();
                assertEquals(202, response.getStatusCode(), response.getBody());
                references.add(JSON.readTree(response.getBody()).get("reference").asText());
            }
            assertEquals(1, references.size(), "one message: " + references);
        } finally {
            clicks.shutdownNow();
        }
        assertEquals(inbox + 1, TestMail.to("cau@cass.ad").size(), "CASS gets it once");
        assertEquals(copies + 1, TestMail.to("jordi.vidal@example.ad").size(), "and so does the person");
    }

    @ParameterizedTest(name = "{0} = {1} -> 400 naming it")
    @CsvSource(delimiter = '|', value = {"conditionsAccepted | false", "replyEmail | not-an-address", "subject | ''"})
    void aFormThatCannotBeSentNamesTheField(String member, String value) throws Exception {
        Object v = value.equals("false") ? Boolean.FALSE : value;
        APIGatewayV2HTTPResponse response = call(function, "contacte-bad-" + member, member, v);
        assertEquals(400, response.getStatusCode());
        assertEquals(member, JSON.readTree(response.getBody()).get("field").asText());
    }

    @Test
    void aMessageOverTheLengthIsRefusedAndTheSixthOfTheHourWaits() throws Exception {
        assertEquals("message", JSON.readTree(call(function, "contacte-long", "message", "x".repeat(4001)).getBody()).get("field").asText());
        for (int i = 0; i < 5; i++) {
            assertEquals(202, call(function, "contacte-n" + i + "-xx", null, null).getStatusCode());
        }
        APIGatewayV2HTTPResponse sixth = call(function, "contacte-n6-xx", null, null);
        assertEquals(429, sixth.getStatusCode());
        assertEquals("3600", sixth.getHeaders().get("Retry-After"));
    }

    /** A retry of a message sent (its answer lost) is the same message: answered its reference, not counted again. */
    @Test
    void theRetryOfAMessageSentIsAnsweredItsReferenceWhenTheHourIsUsedUp() throws Exception {
        int inbox = TestMail.to("cau@cass.ad").size();
        String fifth = null;
        for (int i = 0; i < 5; i++) {
            APIGatewayV2HTTPResponse sent = call(function, "contacte-r" + i + "-xx", null, null);
            assertEquals(202, sent.getStatusCode(), sent.getBody());
            fifth = JSON.readTree(sent.getBody()).get("reference").asText();
        }
        APIGatewayV2HTTPResponse retried = call(function, "contacte-r4-xx", null, null);
        assertEquals(202, retried.getStatusCode(), retried.getBody());
        assertEquals(fifth, JSON.readTree(retried.getBody()).get("reference").asText());
        assertEquals(inbox + 5, TestMail.to("cau@cass.ad").size(), "mailed once each");
        assertEquals(429, call(function, "contacte-r5-xx", null, null).getStatusCode(), "a new one still waits");
    }

    @Test
    void whenSesRefusesTheAnswerIsA503AndTheSameRequestLaterSendsWhatWasKept() throws Exception {
        try (RefusingAws ses = RefusingAws.rejectingSes("cau@cass.ad")) {
            Map<String, String> env = new HashMap<>(stack.environment("AccountFunction"));
            env.put("AWS_ENDPOINT_URL_SESV2", ses.endpoint());
            APIGatewayV2HTTPResponse refused = call(functionWith(env), "contacte-retry-1", null, null);
            assertEquals(503, refused.getStatusCode(), refused.getBody());
        }
        int inbox = TestMail.to("cau@cass.ad").size();
        assertEquals(202, call(function, "contacte-retry-1", null, null).getStatusCode());
        assertEquals(inbox + 1, TestMail.to("cau@cass.ad").size());
    }
}
