package ad.cass.online.reports.seal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Seals for tests: an authority and the seal it issued (EC P-256), as the PEM text a secret would hold. */
public final class TestSeals {
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestSeals() {
    }

    /** Key, seal certificate, then the authority's certificate: the order {@link SealKey#fromPem} is given it in. */
    public static String pem(String organization) {
        try {
            KeyPair authority = keyPair();
            KeyPair seal = keyPair();
            X500Name authorityName = new X500Name("CN=Test CA,O=" + organization + ",C=AD");
            Instant now = Instant.now();
            var ca = new JcaX509v3CertificateBuilder(authorityName, BigInteger.ONE, Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(365))), authorityName, authority.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(authority.getPrivate()));
            var own = new JcaX509v3CertificateBuilder(authorityName, new BigInteger(64, RANDOM),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))),
                    new X500Name("CN=" + organization + ",O=" + organization + ",C=AD"), seal.getPublic())
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(authority.getPrivate()));
            return pem(new JcaPKCS8Generator(seal.getPrivate(), null).generate()) + pem(own) + pem(ca);
        } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair keyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return generator.generateKeyPair();
    }

    private static String pem(Object object) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(object instanceof X509CertificateHolder h ? h : object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
