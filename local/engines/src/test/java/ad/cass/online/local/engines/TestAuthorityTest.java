package ad.cass.online.local.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The local stand-in for the government's authority: what it issues verifies, also after a reload. */
class TestAuthorityTest {

    static X509Certificate parse(String pem) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aReloadedAuthorityIssuesCertificatesTheSavedOneVerifies() throws Exception {
        TestAuthority original = TestAuthority.create("Test CA");
        TestAuthority reloaded = TestAuthority.load(original.certificatePem(), original.privateKeyPem());
        X509Certificate ca = parse(original.certificatePem());
        Instant now = Instant.now();
        X509Certificate issued = parse(reloaded.issue("Jordi Vidal Font", "AD-0771234-X",
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30))).certificatePem());
        issued.verify(ca.getPublicKey());
        assertEquals(ca.getSubjectX500Principal(), issued.getIssuerX500Principal());
        assertTrue(issued.getSubjectX500Principal().getName(javax.security.auth.x500.X500Principal.RFC2253,
                java.util.Map.of("2.5.4.5", "SERIALNUMBER")).contains("SERIALNUMBER=AD-0771234-X"));
        assertEquals(-1, issued.getBasicConstraints(), "an end-entity certificate, not a CA");
        assertTrue(ca.getBasicConstraints() >= 0, "the authority is a CA");
    }
}
