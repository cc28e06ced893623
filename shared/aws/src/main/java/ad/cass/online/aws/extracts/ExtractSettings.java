package ad.cass.online.aws.extracts;

import ad.cass.online.aws.Env;
import ad.cass.online.domain.signin.Allowance;
import java.net.URI;
import java.time.Duration;

/** The extracts' configuration (issue 20), from the environment template.yaml sets. */
public final class ExtractSettings {
    private ExtractSettings() {
    }

    /** Where requests wait for the generator. */
    public static String queueUrl() {
        return Env.required("EXTRACT_QUEUE_URL");
    }

    /** Issue 20: a download link works 5 minutes. */
    public static Duration linkValidity() {
        return Duration.ofSeconds(Env.integer("DOCUMENT_LINK_SECONDS", 300));
    }

    /** Generations tried before a request is failed; below the queue's maxReceiveCount. */
    public static int maxAttempts() {
        return Env.integer("EXTRACT_MAX_ATTEMPTS", 3);
    }

    /** How long the notice offers a document; the bucket's lifecycle keeps generated/ as long. */
    public static int availableDays() {
        return Env.integer("NOTICE_AVAILABLE_DAYS", 7);
    }

    /** The public check's address without the code, which every page prints with its code and as a QR code. */
    public static String verifyBaseUrl() {
        return URI.create(Env.required("VERIFY_BASE_URL")).toString();
    }

    /** Checks of codes per source address a minute. */
    public static Allowance verifyPerAddress() {
        return new Allowance(Env.integer("VERIFY_MAX_PER_ADDRESS_PER_MINUTE", 20), Duration.ofMinutes(1));
    }

    /** The {@code iss} of the wallet's cards: who verifiers know CASS as. */
    public static String walletIssuer() {
        return URI.create(Env.required("WALLET_ISSUER")).toString();
    }

    /** The {@code vct} of the wallet's health card. */
    public static String healthCardType() {
        return URI.create(Env.required("WALLET_HEALTH_CARD_TYPE")).toString();
    }

    /** How long a card may be shown before the wallet refreshes it (coverage can change). */
    public static Duration healthCardValidity() {
        return Duration.ofDays(Env.integer("WALLET_CARD_VALID_DAYS", 30));
    }

    /** How long a health coverage certificate stands, the day of issue included (the student ones end in September). */
    public static int certificateValidDays() {
        return Env.integer("CERTIFICATE_VALID_DAYS", 90);
    }
}
