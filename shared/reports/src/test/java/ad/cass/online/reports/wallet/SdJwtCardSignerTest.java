package ad.cass.online.reports.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.Coverage;
import ad.cass.online.domain.wallet.HealthCard;
import ad.cass.online.reports.seal.SealKey;
import ad.cass.online.reports.seal.TestSeals;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 20, seed 000 §2.2.5: the wallet's health card, signed by CASS's seal, checked with the published keys only. */
class SdJwtCardSignerTest {
    private static final SealKey SEAL = SealKey.fromPem(TestSeals.pem("Caixa Andorrana de Seguretat Social"));
    private static final SdJwtCardSigner SIGNER = new SdJwtCardSigner(SEAL, "https://online.cass.ad",
            "https://online.cass.ad/credentials/health-card");
    private static final Instant ISSUED = Instant.parse("2026-11-30T18:05:00Z");
    private static final HealthCard CARD = new HealthCard(new CassNumber("100001A"), "Jordi", "Vidal Font",
            LocalDate.of(1985, 3, 14), Coverage.Status.COVERED, LocalDate.of(2003, 9, 1), ISSUED,
            ISSUED.plusSeconds(90L * 24 * 3600));

    @Test
    void aCardVerifiesWithThePublishedKeysAndDisclosesWhatItHolds() {
        String credential = SIGNER.sign(CARD);

        WalletCredentials.Checked checked = WalletCredentials.check(credential, SIGNER.publicKeys());

        assertEquals("dc+sd-jwt", checked.type());
        assertEquals("https://online.cass.ad", checked.claims().get("iss"));
        assertEquals("https://online.cass.ad/credentials/health-card", checked.claims().get("vct"));
        assertEquals(ISSUED.getEpochSecond(), ((Number) checked.claims().get("iat")).longValue());
        assertEquals(ISSUED.getEpochSecond() + 90L * 24 * 3600, ((Number) checked.claims().get("exp")).longValue());
        assertEquals(Map.of("given_name", "Jordi", "family_name", "Vidal Font", "birthdate", "1985-03-14",
                "cass_number", "100001A", "coverage_status", "covered", "covered_since", "2003-09-01"), checked.disclosed());
        assertEquals(2, checked.certificateChain(), "the seal's chain in x5c");
        assertFalse(credential.split("~")[0].contains(".eyJnaXZlbl9uYW1l"), "no claim in clear in the signed part");
    }

    @Test
    void aChangedCredentialIsRejected() {
        String credential = SIGNER.sign(CARD);
        String[] parts = credential.split("~");
        String[] jws = parts[0].split("\\.");
        // the payload with one character changed: the signature no longer matches
        char c = jws[1].charAt(10);
        String changedPayload = jws[0] + "." + jws[1].substring(0, 10) + (c == 'A' ? 'B' : 'A') + jws[1].substring(11) + "." + jws[2];
        String changedJws = credential.replace(parts[0], changedPayload);
        // a disclosure swapped for one the issuer never signed (another coverage status)
        String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "[\"c2FsdHNhbHRzYWx0c2FsdA\",\"coverage_status\",\"covered\"]".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String changedDisclosure = credential.replace(parts[5], forged);

        assertEquals("the signature does not verify", WalletCredentials.refusal(changedJws, SIGNER.publicKeys()));
        assertEquals("a disclosure the issuer did not sign", WalletCredentials.refusal(changedDisclosure, SIGNER.publicKeys()));
        assertEquals("the signature does not verify", WalletCredentials.refusal(credential,
                new SdJwtCardSigner(SealKey.fromPem(TestSeals.pem("Somebody Else")), "https://online.cass.ad", "x").publicKeys()
                        .replaceAll("\"kid\":\"[^\"]+\"", "\"kid\":\"" + WalletCredentials.keyId(credential) + "\"")));
        assertNull(WalletCredentials.refusal(credential, SIGNER.publicKeys()), "the unchanged one still verifies");
    }

    @Test
    void thePublishedKeysHoldNoPrivatePart() {
        String jwks = SIGNER.publicKeys();

        assertTrue(jwks.contains("\"kty\":\"EC\"") && jwks.contains("\"crv\":\"P-256\"") && jwks.contains("\"use\":\"sig\""), jwks);
        assertFalse(jwks.contains("\"d\":"), "no private key in the JWKS");
    }

    @Test
    void aPersonWithoutCoverageGetsACardThatSaysSo() {
        HealthCard uncovered = new HealthCard(new CassNumber("100009X"), "Anna", "Puig", LocalDate.of(1990, 1, 2),
                Coverage.Status.NOT_COVERED, null, ISSUED, ISSUED.plusSeconds(3600));

        Map<String, Object> disclosed = WalletCredentials.check(SIGNER.sign(uncovered), SIGNER.publicKeys()).disclosed();

        assertEquals("not_covered", disclosed.get("coverage_status"));
        assertFalse(disclosed.containsKey("covered_since"));
        assertEquals(5, disclosed.size(), "name, surnames, birth date, CASS number, status: " + disclosed);
    }
}
