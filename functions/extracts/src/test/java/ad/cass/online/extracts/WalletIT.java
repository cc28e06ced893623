package ad.cass.online.extracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.Env;
import ad.cass.online.aws.dynamodb.PersonRecords;
import ad.cass.online.aws.person.CoverageItems;
import ad.cass.online.domain.person.Coverage;
import ad.cass.online.reports.seal.SealKey;
import ad.cass.online.reports.wallet.WalletCredentials;
import ad.cass.online.testing.Deployed;
import ad.cass.online.testing.FunctionCalls;
import ad.cass.online.testing.MutableClock;
import ad.cass.online.testing.TestPeople;
import ad.cass.online.testing.TestStack;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Seed 000 §2.2.5 (Cartera digital), issue 20: the health card a wallet stores, signed by CASS's seal, checked with
 * nothing but what {@code GET /.well-known/jwks.json} publishes; answers held to openapi.yaml.
 */
class WalletIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    final Deployed deployed = Deployed.freshForEachTest();

    TestStack stack;
    FunctionCalls api;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));

    @BeforeEach
    void build() {
        stack = deployed.stack();
        new PersonRecords(stack.dynamo(), stack.name("RecordsTable")).write(List.of(
                new Coverage(TestPeople.HOLDER, Coverage.Status.COVERED, LocalDate.of(2003, 9, 1)),
                new Coverage(TestPeople.CHILD, Coverage.Status.COVERED, LocalDate.of(2014, 6, 2))), CoverageItems::item);
        api = new FunctionCalls("extracts", Env.with(stack.environment("ExtractsFunction"),
                () -> new ExtractsApiFunction(ExtractsApiFunction.Services.fromEnvironment(clock))));
    }

    @Test
    void theCardVerifiesWithThePublishedKeyAndHoldsThePersonsCoverage() throws Exception {
        JsonNode card = api.ok("health-card.json", e -> { });
        APIGatewayV2HTTPResponse keys = api.call("jwks.json", e -> { });
        assertEquals(200, keys.getStatusCode(), keys.getBody());
        assertEquals("public, max-age=3600", keys.getHeaders().get("Cache-Control"));

        WalletCredentials.Checked checked = WalletCredentials.check(card.get("credential").asText(), keys.getBody());

        assertEquals("dc+sd-jwt", checked.type());
        assertEquals("https://online.cass.ad", checked.claims().get("iss"));
        assertEquals("https://online.cass.ad/credentials/health-card", checked.claims().get("vct"));
        assertEquals(Map.of("given_name", "Jordi", "family_name", "Vidal Font", "birthdate", "1981-03-14",
                "cass_number", "100001A", "coverage_status", "covered", "covered_since", "2003-09-01"), checked.disclosed());
        // 30 days (WALLET_CARD_VALID_DAYS): coverage can change, the wallet asks again
        assertEquals(clock.instant().plusSeconds(30L * 24 * 3600).getEpochSecond(), ((Number) checked.claims().get("exp")).longValue());
        assertEquals("COVERED", card.get("coverage").asText());
        assertEquals("2026-12-30T10:00:00Z", card.get("expiresAt").asText());
    }

    @Test
    void theKeyIsTheSealsAndAChangedCardIsRejected() throws Exception {
        String credential = api.ok("health-card.json", e -> { }).get("credential").asText();
        String keys = api.call("jwks.json", e -> { }).getBody();
        JsonNode key = JSON.readTree(keys).get("keys").get(0);
        String sealCertificate = Base64.getEncoder().encodeToString(
                SealKey.fromPem(TestStack.AUTHORITY.sealPem(TestStack.SEAL)).certificate().getEncoded());
        assertEquals(sealCertificate, key.get("x5c").get(0).asText(), "the key published is the seal's");
        assertFalse(key.has("d"), "and only its public part");

        String[] jws = credential.substring(0, credential.indexOf('~')).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(jws[1]), java.nio.charset.StandardCharsets.UTF_8);
        String later = payload.replaceFirst("\"exp\":(\\d+)", "\"exp\":4102444800"); // valid until 2100
        String forged = jws[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(later.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + "." + jws[2] + credential.substring(credential.indexOf('~'));

        assertEquals("the signature does not verify", WalletCredentials.refusal(forged, keys));
        assertNull(WalletCredentials.refusal(credential, keys));
    }

    /** Health data (seed 000 §1.1): a holder adds their child's card through the child's profile. */
    @Test
    void aHolderGetsTheirDependantsCardThroughTheDependantsProfile() throws Exception {
        JsonNode card = api.ok("health-card.json", FunctionCalls.actingAs("dependant:100002B"));
        String keys = api.call("jwks.json", e -> { }).getBody();

        Map<String, Object> disclosed = WalletCredentials.check(card.get("credential").asText(), keys).disclosed();
        assertEquals("100002B", disclosed.get("cass_number"));
        assertEquals("2014-06-02", disclosed.get("covered_since"));
    }

    @Test
    void aSuspendedCoverageIsWhatTheCardSays() throws Exception {
        new PersonRecords(stack.dynamo(), stack.name("RecordsTable")).write(List.of(
                new Coverage(TestPeople.HOLDER, Coverage.Status.SUSPENDED, LocalDate.of(2026, 11, 1))), CoverageItems::item);

        JsonNode card = api.ok("health-card.json", e -> { });

        assertEquals("SUSPENDED", card.get("coverage").asText());
        assertEquals("suspended", WalletCredentials.check(card.get("credential").asText(), api.call("jwks.json", e -> { }).getBody())
                .disclosed().get("coverage_status"));
    }

    @Test
    void withoutASessionThereIsNoCardButTheKeysArePublic() {
        APIGatewayV2HTTPResponse refused = api.call("health-card.json", e -> e.getRequestContext().setAuthorizer(null));
        assertEquals(401, refused.getStatusCode(), refused.getBody());
        assertTrue(api.call("jwks.json", e -> { }).getBody().contains("\"kty\":\"EC\""));
    }
}
