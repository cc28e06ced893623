package ad.cass.online.local.engines;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate authority for local runs and tests: it stands in for the government's, so the certificate
 * sign-in can be tried without a real certificat electrònic de Govern. EC P-256.
 */
public final class TestAuthority {
    private static final SecureRandom RANDOM = new SecureRandom();

    public record Issued(String certificatePem, String privateKeyPem) {
    }

    private final X500Name name;
    private final KeyPair keys;
    private final String certificatePem;

    private TestAuthority(X500Name name, KeyPair keys, String certificatePem) {
        this.name = name;
        this.keys = keys;
        this.certificatePem = certificatePem;
    }

    public static TestAuthority create(String commonName) {
        X500Name name = new X500Name("CN=" + commonName + ",O=CASS Online local,C=AD");
        KeyPair keys = keyPair();
        Instant now = Instant.now();
        TestAuthority unsigned = new TestAuthority(name, keys, null);
        return new TestAuthority(name, keys,
                unsigned.sign(name, keys, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(3650)), null, null));
    }

    /** An authority saved earlier ({@link #certificatePem()}, {@link #privateKeyPem()}), so what it issued stays valid. */
    public static TestAuthority load(String certificatePem, String privateKeyPem) {
        try (PEMParser certificates = new PEMParser(new StringReader(certificatePem));
             PEMParser keys = new PEMParser(new StringReader(privateKeyPem))) {
            X509CertificateHolder certificate = (X509CertificateHolder) certificates.readObject();
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            Object key = keys.readObject();
            PrivateKey privateKey = key instanceof PEMKeyPair pair ? converter.getPrivateKey(pair.getPrivateKeyInfo())
                    : converter.getPrivateKey((PrivateKeyInfo) key);
            PublicKey publicKey = converter.getPublicKey(certificate.getSubjectPublicKeyInfo());
            return new TestAuthority(certificate.getSubject(), new KeyPair(publicKey, privateKey), certificatePem);
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException("the saved test authority cannot be read", e);
        }
    }

    public String certificatePem() {
        return certificatePem;
    }

    public String privateKeyPem() {
        return pkcs8(keys.getPrivate());
    }

    /** A client certificate naming its holder in the subject SERIALNUMBER, as government certificates do. */
    public Issued issue(String holderName, String serialNumber, Instant notBefore, Instant notAfter) {
        return issue(holderName, serialNumber, notBefore, notAfter, KeyPurposeId.id_kp_clientAuth);
    }

    /** The same, for another purpose than signing in (e-mail protection, say), which must be refused. */
    public Issued issue(String holderName, String serialNumber, Instant notBefore, Instant notAfter, KeyPurposeId purpose) {
        KeyPair holder = keyPair();
        X500Name subject = new X500Name("CN=" + holderName + ",SERIALNUMBER=" + serialNumber + ",C=AD");
        return new Issued(sign(subject, holder, notBefore, notAfter, new KeyUsage(KeyUsage.digitalSignature), purpose),
                pkcs8(holder.getPrivate()));
    }

    /**
     * An organisation's electronic seal (issue 20: CASS seals the documents it issues): content commitment and digital
     * signature, no extended key usage, as qualified seal certificates are. {@link #sealPem} is what its secret holds.
     */
    public Issued issueSeal(String organization, Instant notBefore, Instant notAfter) {
        KeyPair holder = keyPair();
        X500Name subject = new X500Name("CN=" + organization + ",O=" + organization + ",C=AD");
        return new Issued(sign(subject, holder, notBefore, notAfter,
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation), null), pkcs8(holder.getPrivate()));
    }

    /** The seal's key, its certificate and this authority's: one PEM text, as the seal's secret keeps it. */
    public String sealPem(Issued seal) {
        return seal.privateKeyPem() + seal.certificatePem() + certificatePem;
    }

    /**
     * @param usage   the holder's key usage; null for the authority itself
     * @param purpose the holder's extended key usage; null for none (the authority, a seal)
     */
    private String sign(X500Name subject, KeyPair subjectKeys, Instant notBefore, Instant notAfter, KeyUsage usage,
                        KeyPurposeId purpose) {
        boolean ca = usage == null;
        try {
            var builder = new JcaX509v3CertificateBuilder(name, new BigInteger(64, RANDOM), Date.from(notBefore),
                    Date.from(notAfter), subject, subjectKeys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            builder.addExtension(Extension.keyUsage, true, ca ? new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign) : usage);
            if (purpose != null) {
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
            }
            X509CertificateHolder holder = builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()));
            return pem(holder);
        } catch (OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot issue a test certificate", e);
        }
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** PKCS#8 ("PRIVATE KEY"): carries the curve, and is what curl and the JDK read. */
    private static String pkcs8(PrivateKey key) {
        try {
            return pem(new JcaPKCS8Generator(key, null).generate());
        } catch (org.bouncycastle.util.io.pem.PemGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(Object object) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
