package ad.cass.online.extracts;

import ad.cass.online.aws.Lazy;
import ad.cass.online.aws.extracts.ExtractSettings;
import ad.cass.online.aws.seal.SealSecret;
import ad.cass.online.domain.wallet.CardSigner;
import ad.cass.online.domain.wallet.HealthCard;
import ad.cass.online.reports.seal.SealKey;
import ad.cass.online.reports.wallet.SdJwtCardSigner;
import java.util.function.Supplier;

/**
 * The wallet's cards signed by CASS's seal, read from its secret on the first card or key asked for: the extracts'
 * other routes never pay for reading it at cold start.
 */
final class SealedCards implements CardSigner {
    private final Supplier<CardSigner> signer;

    private SealedCards(Supplier<CardSigner> signer) {
        this.signer = signer;
    }

    static CardSigner fromEnvironment() {
        Supplier<String> secret = SealSecret.reader();
        String issuer = ExtractSettings.walletIssuer();
        String type = ExtractSettings.healthCardType();
        return new SealedCards(new Lazy<>(() -> new SdJwtCardSigner(SealKey.fromPem(secret.get()), issuer, type)));
    }

    @Override
    public String format() {
        return SdJwtCardSigner.FORMAT;
    }

    @Override
    public String sign(HealthCard card) {
        return signer.get().sign(card);
    }

    @Override
    public String publicKeys() {
        return signer.get().publicKeys();
    }
}
