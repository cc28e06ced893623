package ad.cass.online.bench.load;

import ad.cass.online.bench.load.ApiCalls.Request;
import ad.cass.online.domain.idempotency.IdempotencyKey;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.procedures.ProcedureCodes;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * What a client writes, each with a key of its own and on data it alone touches (its own procedures, a phone number
 * no one else uses), so that whatever the API accepts must be found exactly once afterwards: each accepted write goes
 * into the {@link Ledger}, each unanswered one too, as unconfirmed.
 */
final class Writes {
    /**
     * How often a write with an Idempotency-Key goes twice at once, on two connections; every fourth client also sends
     * its first write of each kind twice, so even a short run has a few such pairs.
     */
    private static final int TWICE_PERCENT = 10;
    /** A PDF's first bytes, padded: the upload check reads the content, not the name. */
    private static final byte[] PDF = "%PDF-1.4\n% a medical report for the load test\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final int index;
    private final Persona persona;
    private final Client.Context context;
    private final ApiCalls api;
    private final Random random;
    /** The client's pause between two clicks. */
    private final Runnable pause;
    private int sequence;
    /** The kinds of write this client has made (a procedure filed, changed, a document asked for). */
    private final Set<String> madeOnce = new HashSet<>();
    private String token;
    private Client.Profile active;

    Writes(int index, Persona persona, Client.Context context, ApiCalls api, Random random, Runnable pause) {
        this.index = index;
        this.persona = persona;
        this.context = context;
        this.api = api;
        this.random = random;
        this.pause = pause;
    }

    /** The session the next writes go through, and the profile it acts as. */
    Writes as(String token, Client.Profile active) {
        this.token = token;
        this.active = active;
        return this;
    }

    private String key() {
        return context.runId() + "-" + index + "-" + (++sequence);
    }

    private boolean twice(String kind) {
        boolean first = madeOnce.add(kind) && index % 4 == 0;
        return first || random.nextInt(100) < TWICE_PERCENT;
    }

    private static LocalDate today() {
        return LocalDate.now(Client.ANDORRA);
    }

    /**
     * A medical voucher abroad, followed as a person does: filed (it waits for the prescription), corrected, a medical
     * report attached through the upload link, then either cancelled or completed with the prescription.
     */
    void procedureJourney() {
        String subject = active.person();
        String appointment = today().plusDays(20 + random.nextInt(40)).toString();
        String code = file("medical-voucher-abroad", "{\"country\":\"ES\",\"provider\":\"Hospital de Sant Pau\",\"appointment\":\""
                + appointment + "\"}");
        if (code == null) {
            return;
        }
        pause.run();
        String provider = "Clinica " + index + "-" + sequence;
        String modifyKey = key();
        Request modify = new Request("PATCH /procedures/{code}", "PATCH", "/procedures/" + code, token,
                "{\"fields\":{\"provider\":\"" + provider + "\"}}", modifyKey);
        boolean twice = twice("modify");
        JsonNode[] changed = send(modify, 200, twice);
        if (!accepted(changed)) {
            context.ledger().unconfirmed.add(new Ledger.Unconfirmed(subject, code));
            return;
        }
        context.ledger().acted.add(new Ledger.Acted(subject, code, "MODIFY", digest(subject, modifyKey), provider));
        pause.run();
        if (!attach(subject, code, 2)) {
            return;
        }
        pause.run();
        if (random.nextBoolean()) {
            String cancelKey = key();
            if (api.json(new Request("POST /procedures/{code}/cancel", "POST", "/procedures/" + code + "/cancel", token, null,
                    cancelKey), 200) == null) {
                context.ledger().unconfirmed.add(new Ledger.Unconfirmed(subject, code));
                return;
            }
            context.ledger().acted.add(new Ledger.Acted(subject, code, "CANCEL", digest(subject, cancelKey), null));
        } else {
            attach(subject, code, 1); // the prescription, the one mandatory document: the procedure goes to CASS
        }
    }

    /** Document {@code n} of the procedure: a link asked for, the file put there, the upload confirmed. */
    private boolean attach(String subject, String code, int n) {
        JsonNode link = api.json(new Request("POST /procedures/{code}/documents", "POST", "/procedures/" + code + "/documents", token,
                "{\"document\":\"" + n + "\",\"contentType\":\"application/pdf\",\"size\":" + PDF.length + "}", null), 200);
        boolean done = link != null && api.upload(link, PDF)
                && api.json(new Request("POST /procedures/{code}/documents/{id}/complete", "POST",
                "/procedures/" + code + "/documents/" + n + "/complete", token, null, null), 200) != null;
        if (done) {
            context.ledger().acted.add(new Ledger.Acted(subject, code, "DOCUMENT", "document-" + n, null));
        } else {
            context.ledger().unconfirmed.add(new Ledger.Unconfirmed(subject, code));
        }
        return done;
    }

    /** A request that needs no document: a certificate of health cover, or a travel form for the holidays. */
    void fileQuickly() {
        if (random.nextBoolean()) {
            file("health-coverage-certificate", "{\"addressee\":\"Load test " + index + "\"}");
        } else {
            LocalDate from = today().plusDays(10 + random.nextInt(60));
            file("travel-form", "{\"country\":\"FR\",\"from\":\"" + from + "\",\"to\":\"" + from.plusDays(7) + "\"}");
        }
    }

    /** @return the code of the procedure filed, or null when no answer said so */
    private String file(String type, String fields) {
        String subject = active.person();
        String key = key();
        Request request = new Request("POST /procedures", "POST", "/procedures", token,
                "{\"type\":\"" + type + "\",\"fields\":" + fields + "}", key);
        boolean twice = twice("file");
        JsonNode[] answers = send(request, 201, twice);
        String code = null;
        for (JsonNode answer : answers) {
            if (answer != null) {
                code = answer.path("code").asText();
                context.ledger().filed.add(new Ledger.Filed(subject, code, answer.path("status").asText(), key, twice));
            }
        }
        if (!accepted(answers)) {
            context.ledger().unconfirmed.add(new Ledger.Unconfirmed(subject,
                    ProcedureCodes.forRequest(CassNumber.of(subject), new IdempotencyKey(key), today())));
            return null;
        }
        return code;
    }

    void askForExtract() {
        String subject = active.person();
        String body;
        if (active.kind() == Client.Kind.DEPENDANT || !List.of("100001A", "100004D", "100007G", "100009J").contains(subject)) {
            body = "{\"type\":\"health-coverage\"}"; // anyone's own, or a dependant's through their profile
        } else {
            body = switch (random.nextInt(3)) {
                case 0 -> "{\"type\":\"points\"}";
                case 1 -> "{\"type\":\"income\",\"period\":\"last-year\",\"format\":\"xlsx\"}";
                default -> "{\"type\":\"health-coverage\"}";
            };
        }
        String key = key();
        Request request = new Request("POST /extracts", "POST", "/extracts", token, body, key);
        boolean twice = twice("extract");
        JsonNode[] answers = send(request, 202, twice);
        for (JsonNode answer : answers) {
            if (answer != null) {
                context.ledger().extracts.add(new Ledger.ExtractAsked(subject, answer.path("id").asText(), key, twice));
            }
        }
        if (!accepted(answers)) {
            context.ledger().unconfirmed.add(new Ledger.Unconfirmed(subject,
                    "EX" + HexFormat.of().withUpperCase().formatHex(new IdempotencyKey(key).digestFor(CassNumber.of(subject)), 0, 8)));
        }
    }

    /** A phone number no other write of the run uses, so its audit entry can be told from any other. */
    void changePhone() {
        String subject = active.person();
        String phone = context.allowances().nextPhone();
        if (api.json(new Request("PATCH /personal-file", "PATCH", "/personal-file", token, "{\"phone\":\"" + phone + "\"}", null),
                200) != null) {
            context.ledger().phones.add(new Ledger.PhoneChanged(subject, phone));
        } else {
            context.ledger().unconfirmed.add(new Ledger.Unconfirmed(subject, phone));
        }
    }

    /**
     * A question to CASS, within the few an hour a person may send (a retry counts too); each person's first goes twice
     * at once, as a double click sends it.
     */
    boolean writeToCass() {
        boolean twice = context.allowances().firstContact(persona.person());
        if (!context.allowances().takeContact(persona.person(), twice ? 2 : 1)) {
            return false;
        }
        String key = key();
        Request request = new Request("POST /contact", "POST", "/contact", token, "{\"subject\":\"Consulta " + index
                + "\",\"message\":\"Bon dia, una consulta de prova de carrega.\",\"replyEmail\":\"load." + index
                + "@example.ad\",\"conditionsAccepted\":true}", key);
        JsonNode[] answers = send(request, 202, twice);
        for (JsonNode answer : answers) {
            if (answer != null) {
                context.ledger().contacts.add(new Ledger.ContactSent(persona.person(), answer.path("reference").asText(), key, twice));
            }
        }
        if (!accepted(answers)) {
            context.ledger().unconfirmed.add(new Ledger.Unconfirmed(persona.person(), "TC"
                    + HexFormat.of().withUpperCase().formatHex(new IdempotencyKey(key).digestFor(CassNumber.of(persona.person())), 0, 5)));
        }
        return true;
    }

    /** The request once, or twice at once on two connections with the same key: the answers. */
    private JsonNode[] send(Request request, int expected, boolean twice) {
        if (!twice) {
            return new JsonNode[] {api.json(request, expected)};
        }
        context.ledger().pairs.incrementAndGet();
        return api.twice(request, expected);
    }

    /** All answers had the status expected (one, or both of a pair). */
    private static boolean accepted(JsonNode[] answers) {
        for (JsonNode answer : answers) {
            if (answer == null) {
                return false;
            }
        }
        return true;
    }

    /** How the store names a change made once per key: half the SHA-256 of the person and the key, as hex. */
    static String digest(String person, String key) {
        return HexFormat.of().formatHex(new IdempotencyKey(key).digestFor(CassNumber.of(person)), 0, 16);
    }
}
