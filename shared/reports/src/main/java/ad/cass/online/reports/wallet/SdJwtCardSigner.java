package ad.cass.online.reports.wallet;

import ad.cass.online.domain.wallet.CardSigner;
import ad.cass.online.domain.wallet.HealthCard;
import ad.cass.online.reports.seal.SealKey;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The health card as an SD-JWT VC (RFC 9901, and IETF SD-JWT-based Verifiable Credentials), signed with CASS's seal
 * (issue 20, seed 000 §2.2.5): the wallet keeps the whole credential and shows a verifier only what it must, say the
 * coverage without the birth date. Always visible: who issued it ({@code iss}), what it is ({@code vct}), when and
 * until when; each of the holder's data is a disclosure whose SHA-256 the signed part lists in {@code _sd}.
 * <p>Signed with the seal's key (ES256 for EC P-256, RS256 for RSA), the chain in {@code x5c} and the key's
 * thumbprint in {@code kid}, which {@link #publicKeys()} publishes: a verifier with the JWKS, or one trusting the
 * seal's authority, checks it. Nimbus JOSE+JWT signs; the SD-JWT envelope around it is a few lines of its spec.
 */
public final class SdJwtCardSigner implements CardSigner {
    public static final String FORMAT = "dc+sd-jwt";
    private static final SecureRandom SALTS = new SecureRandom();

    private final String issuer;
    private final String credentialType;
    private final JWK publicKey;
    private final JWSAlgorithm algorithm;
    private final JWSSigner signer;

    /**
     * @param issuer         the {@code iss} verifiers know CASS by ({@code https://online.cass.ad})
     * @param credentialType the {@code vct}, what kind of credential it is
     */
    public SdJwtCardSigner(SealKey seal, String issuer, String credentialType) {
        this.issuer = issuer;
        this.credentialType = credentialType;
        try {
            boolean ec = seal.privateKey() instanceof ECPrivateKey;
            this.algorithm = ec ? JWSAlgorithm.ES256 : JWSAlgorithm.RS256;
            JWK parsed = JWK.parse(seal.certificate());
            List<Base64> chain = chain(seal.chain());
            JWK key = ec
                    ? new ECKey.Builder((ECKey) parsed).keyUse(KeyUse.SIGNATURE).algorithm(algorithm).x509CertChain(chain)
                            .keyIDFromThumbprint().build()
                    : new RSAKey.Builder((RSAKey) parsed).keyUse(KeyUse.SIGNATURE).algorithm(algorithm).x509CertChain(chain)
                            .keyIDFromThumbprint().build();
            this.publicKey = key.toPublicJWK();
            this.signer = ec ? new ECDSASigner((ECPrivateKey) seal.privateKey()) : new RSASSASigner(seal.privateKey());
        } catch (JOSEException e) {
            throw new IllegalArgumentException("the seal's key cannot sign JSON Web Signatures", e);
        }
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String sign(HealthCard card) {
        Map<String, Object> holder = new LinkedHashMap<>();
        holder.put("given_name", card.givenName());
        holder.put("family_name", card.familyName());
        holder.put("birthdate", card.birthDate().toString());
        holder.put("cass_number", card.cassNumber().value());
        holder.put("coverage_status", card.coverage().name().toLowerCase(java.util.Locale.ROOT));
        if (card.coveredSince() != null) {
            holder.put("covered_since", card.coveredSince().toString());
        }
        List<String> disclosures = new ArrayList<>();
        List<String> digests = new ArrayList<>();
        holder.forEach((name, value) -> {
            String disclosure = Base64URL.encode(JSONArrayUtils.toJSONString(List.of(salt(), name, value))
                    .getBytes(StandardCharsets.UTF_8)).toString();
            disclosures.add(disclosure);
            digests.add(digest(disclosure));
        });
        Collections.shuffle(digests, SALTS); // the order would tell which digest is which claim
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .issueTime(Date.from(card.issuedAt()))
                .notBeforeTime(Date.from(card.issuedAt()))
                .expirationTime(Date.from(card.expiresAt()))
                .claim("vct", credentialType)
                .claim("_sd", digests)
                .claim("_sd_alg", "sha-256")
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).type(new JOSEObjectType(FORMAT))
                .keyID(publicKey.getKeyID()).x509CertChain(publicKey.getX509CertChain()).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("the seal cannot sign the card", e);
        }
        return jwt.serialize() + "~" + String.join("~", disclosures) + "~";
    }

    @Override
    public String publicKeys() {
        return new JWKSet(publicKey).toString(true);
    }

    /** The SHA-256 of a disclosure as SD-JWT lists it: over its base64url text, base64url-encoded. */
    public static String digest(String disclosure) {
        try {
            return Base64URL.encode(MessageDigest.getInstance("SHA-256").digest(disclosure.getBytes(StandardCharsets.US_ASCII)))
                    .toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** 128 bits, as RFC 9901 recommends: a verifier cannot guess an undisclosed claim from its digest. */
    private static String salt() {
        byte[] salt = new byte[16];
        SALTS.nextBytes(salt);
        return Base64URL.encode(salt).toString();
    }

    private static List<Base64> chain(List<X509Certificate> certificates) {
        List<Base64> chain = new ArrayList<>();
        for (X509Certificate certificate : certificates) {
            try {
                chain.add(Base64.encode(certificate.getEncoded()));
            } catch (CertificateEncodingException e) {
                throw new IllegalArgumentException("the seal's certificate cannot be encoded", e);
            }
        }
        return chain;
    }
}
