package ad.cass.online.domain.wallet;

/** Turns a health card into a credential signed by CASS's seal, which any wallet or verifier checks with its public key. */
public interface CardSigner {
    /** The credential's format, as the wallet is told it ({@code dc+sd-jwt}). */
    String format();

    String sign(HealthCard card);

    /** The public keys that check what {@link #sign} issued, as a JSON Web Key Set (public: no secret in it). */
    String publicKeys();
}
