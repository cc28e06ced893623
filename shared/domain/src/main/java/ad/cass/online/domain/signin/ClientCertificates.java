package ad.cass.online.domain.signin;

import ad.cass.online.domain.error.Unauthenticated;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

/**
 * Checks a government electronic certificate (certificat electrònic de Govern, seeds 000 §1.1 and 001)
 * presented through mutual TLS: within its validity dates, issued (and signed) by one of the configured
 * trusted authorities, and naming its holder in the subject's SERIALNUMBER. API Gateway already checked the
 * chain at the TLS handshake; this is the function's own check, which also covers expiry since the handshake.
 */
public final class ClientCertificates {
    private static final String SERIAL_NUMBER_OID = "2.5.4.5";

    private final List<X509Certificate> trustedIssuers;
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    private static final String ANY_PURPOSE = "2.5.29.37.0";
    private final Clock clock;

    public ClientCertificates(List<X509Certificate> trustedIssuers, Clock clock) {
        this.trustedIssuers = List.copyOf(trustedIssuers);
        this.clock = clock;
    }

    /** The configured authorities, from a PEM bundle (empty configuration: no certificate is trusted). */
    public static List<X509Certificate> parseBundle(String pem) {
        if (pem == null || pem.isBlank()) {
            return List.of();
        }
        try {
            return CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))).stream()
                    .map(c -> (X509Certificate) c).toList();
        } catch (CertificateException e) {
            throw new IllegalStateException("the configured trusted authorities are not valid PEM certificates", e);
        }
    }

    /** @return the holder's identifier (subject SERIALNUMBER); {@link Unauthenticated} for anything untrusted */
    public String holderId(String clientCertPem) {
        X509Certificate cert = parse(clientCertPem).orElseThrow(Unauthenticated::new);
        try {
            cert.checkValidity(Date.from(clock.instant()));
        } catch (CertificateException expiredOrNotYetValid) {
            throw new Unauthenticated();
        }
        if (trustedIssuers.stream().noneMatch(ca -> issued(ca, cert)) || !forSigningIn(cert)) {
            throw new Unauthenticated();
        }
        return serialNumber(cert.getSubjectX500Principal()).orElseThrow(Unauthenticated::new);
    }

    private static boolean issued(X509Certificate ca, X509Certificate cert) {
        if (!ca.getSubjectX500Principal().equals(cert.getIssuerX500Principal())) {
            return false;
        }
        try {
            cert.verify(ca.getPublicKey());
            return true;
        } catch (GeneralSecurityException badSignature) {
            return false;
        }
    }

    /**
     * RFC 5280 §4.2.1.3 and §4.2.1.12: where the certificate limits its use, signing in must be among
     * them (a key usable for digital signatures, for TLS client authentication); an authority's own
     * certificate never is.
     */
    static boolean forSigningIn(X509Certificate cert) {
        if (cert.getBasicConstraints() >= 0) {
            return false;
        }
        boolean[] keyUsage = cert.getKeyUsage();
        if (keyUsage != null && !keyUsage[0]) { // digitalSignature
            return false;
        }
        try {
            List<String> purposes = cert.getExtendedKeyUsage();
            return purposes == null || purposes.contains(CLIENT_AUTH) || purposes.contains(ANY_PURPOSE);
        } catch (CertificateParsingException e) {
            return false;
        }
    }

    private static Optional<X509Certificate> parse(String pem) {
        if (pem == null || pem.isBlank() || pem.length() > 16_384) {
            return Optional.empty();
        }
        try {
            return Optional.of((X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))));
        } catch (CertificateException | ClassCastException e) {
            return Optional.empty();
        }
    }

    static Optional<String> serialNumber(X500Principal subject) {
        try {
            String name = subject.getName(X500Principal.RFC2253, Map.of(SERIAL_NUMBER_OID, "SERIALNUMBER"));
            for (Rdn rdn : new LdapName(name).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("SERIALNUMBER")) {
                    return Optional.of(String.valueOf(rdn.getValue())).filter(v -> !v.isBlank());
                }
            }
            return Optional.empty();
        } catch (InvalidNameException e) {
            return Optional.empty();
        }
    }
}
