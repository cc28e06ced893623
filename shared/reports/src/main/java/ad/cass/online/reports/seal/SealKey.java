package ad.cass.online.reports.seal;

import java.io.IOException;
import java.io.StringReader;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * CASS's electronic seal: the private key that signs what the portal issues (PDF documents, the wallet's health card)
 * and its certificate chain, the seal's own certificate first. Read from one PEM text, as the fund's PKI hands it
 * over and Secrets Manager keeps it: the key (PKCS#8 "PRIVATE KEY", or "EC PRIVATE KEY") and the certificates, in
 * any order.
 */
public record SealKey(PrivateKey privateKey, List<X509Certificate> chain) {
    public SealKey {
        Objects.requireNonNull(privateKey, "privateKey");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a seal needs its certificate");
        }
    }

    /** The seal's own certificate, the one whose public key checks the signatures. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The JCA signature algorithm for this key: SHA-256 with ECDSA (P-256) or RSA. */
    public String signatureAlgorithm() {
        return privateKey instanceof ECPrivateKey ? "SHA256withECDSA" : "SHA256withRSA";
    }

    /**
     * @throws IllegalArgumentException when the text holds no key, no certificate, or a certificate before its
     *                                  issuer's whose key is not the private key's: a misconfigured seal must stop the
     *                                  function at start, not sign documents nobody can check
     */
    public static SealKey fromPem(String pem) {
        PrivateKey key = null;
        List<X509Certificate> certificates = new ArrayList<>();
        JcaPEMKeyConverter keys = new JcaPEMKeyConverter();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
                if (object instanceof PrivateKeyInfo info) {
                    key = keys.getPrivateKey(info);
                } else if (object instanceof PEMKeyPair pair) {
                    key = keys.getPrivateKey(pair.getPrivateKeyInfo());
                } else if (object instanceof X509CertificateHolder holder) {
                    certificates.add(converter.getCertificate(holder));
                }
            }
        } catch (IOException | CertificateException e) {
            throw new IllegalArgumentException("the seal's PEM text cannot be read", e);
        }
        if (key == null || certificates.isEmpty()) {
            throw new IllegalArgumentException("the seal's PEM text needs its private key and its certificate");
        }
        return new SealKey(key, ownFirst(key, certificates));
    }

    /** The certificate whose public key matches the private key, first; the others (its issuers) after it. */
    private static List<X509Certificate> ownFirst(PrivateKey key, List<X509Certificate> certificates) {
        List<X509Certificate> ordered = new ArrayList<>(certificates);
        X509Certificate own = certificates.stream().filter(c -> matches(key, c)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no certificate in the seal's PEM text is the private key's"));
        ordered.remove(own);
        ordered.add(0, own);
        return ordered;
    }

    private static boolean matches(PrivateKey key, X509Certificate certificate) {
        try {
            java.security.Signature signer = java.security.Signature.getInstance(
                    key instanceof ECPrivateKey ? "SHA256withECDSA" : "SHA256withRSA");
            byte[] probe = "CASS".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            signer.initVerify(certificate.getPublicKey());
            signer.update(probe);
            return signer.verify(signature);
        } catch (java.security.GeneralSecurityException e) {
            return false; // a certificate for another kind of key
        }
    }
}
