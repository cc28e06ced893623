package ad.cass.online.reports.wallet;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A health card checked as a verifier does, with nothing but the published JWKS: the signature, then each disclosure
 * against the digests the signed part lists. Public for the extracts function's tests.
 */
public final class WalletCredentials {
    private WalletCredentials() {
    }

    /** @param disclosed each disclosed claim by name */
    public record Checked(String type, Map<String, Object> claims, Map<String, Object> disclosed, int certificateChain) {
    }

    /** @throws AssertionError with the reason when the credential does not verify */
    public static Checked check(String credential, String jwks) {
        try {
            String[] parts = credential.split("~");
            if (!credential.endsWith("~") || parts.length < 2) {
                throw new AssertionError("an SD-JWT ends with ~ after its disclosures: " + credential);
            }
            SignedJWT jwt = SignedJWT.parse(parts[0]);
            JWK key = JWKSet.parse(jwks).getKeyByKeyId(jwt.getHeader().getKeyID());
            if (key == null) {
                throw new AssertionError("no published key with the credential's kid");
            }
            boolean verified = key instanceof ECKey ec ? jwt.verify(new ECDSAVerifier(ec)) : jwt.verify(new RSASSAVerifier((RSAKey) key));
            if (!verified) {
                throw new AssertionError("the signature does not verify");
            }
            Map<String, Object> claims = jwt.getJWTClaimsSet().toJSONObject();
            List<?> digests = (List<?>) claims.get("_sd");
            if (!"sha-256".equals(claims.get("_sd_alg"))) {
                throw new AssertionError("_sd_alg is sha-256");
            }
            Map<String, Object> disclosed = new LinkedHashMap<>();
            for (String disclosure : Arrays.asList(parts).subList(1, parts.length)) {
                if (!digests.contains(SdJwtCardSigner.digest(disclosure))) {
                    throw new AssertionError("a disclosure the issuer did not sign");
                }
                List<Object> triple = JSONArrayUtils.parse(new String(Base64URL.from(disclosure).decode(), StandardCharsets.UTF_8));
                disclosed.put((String) triple.get(1), triple.get(2));
            }
            return new Checked(jwt.getHeader().getType().getType(), claims, disclosed,
                    jwt.getHeader().getX509CertChain() == null ? 0 : jwt.getHeader().getX509CertChain().size());
        } catch (ParseException | JOSEException e) {
            throw new AssertionError("not a credential: " + e.getMessage(), e);
        }
    }

    /** Why the credential is refused, or null when it verifies. */
    public static String refusal(String credential, String jwks) {
        try {
            check(credential, jwks);
            return null;
        } catch (AssertionError refused) {
            return refused.getMessage();
        }
    }

    /** The kid of a credential's signing key. */
    public static String keyId(String credential) {
        try {
            return SignedJWT.parse(credential.split("~")[0]).getHeader().getKeyID();
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }
}
