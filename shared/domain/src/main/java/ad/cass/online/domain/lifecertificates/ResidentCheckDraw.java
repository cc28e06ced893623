package ad.cass.online.domain.lifecertificates;

import ad.cass.online.domain.person.CassNumber;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Seed 003 §3.1 "Control aleatori quan la CASS ho determina": which residents a check asks. Each person is drawn on
 * their own, from SHA-256 of (seed, campaign id, CASS number) read as a fraction in [0, 1), selected below the
 * share. Decision (issue 21): no shuffled list and no counter, so the answer does not depend on the order the store
 * pages people in nor on which run asks; two runs at once, or a run started again, draw the same people. The share
 * is therefore met on average, not exactly. The campaign id is in the hash so each check draws other people.
 */
public final class ResidentCheckDraw {
    private final double share;
    private final long seed;

    public ResidentCheckDraw(LifeCertificateSettings settings) {
        this.share = settings.residentCheckShare();
        this.seed = settings.residentCheckSeed();
    }

    /** This person is asked for a certificate in this check. */
    public boolean selected(Campaign campaign, CassNumber person) {
        return fraction(campaign.id(), person) < share;
    }

    /**
     * The campaign asks this pensioner: a campaign abroad asks everyone who lives abroad (seed 003 §3.2), a resident
     * check the residents it draws (§3.1).
     */
    public boolean concerns(Campaign campaign, Pensioner pensioner) {
        return switch (campaign.kind()) {
            case ABROAD -> !pensioner.resident();
            case RESIDENT_CHECK -> pensioner.resident() && selected(campaign, pensioner.cassNumber());
        };
    }

    double fraction(String campaignId, CassNumber person) {
        byte[] digest = sha256(seed + "|" + campaignId + "|" + person.value());
        // the top 53 bits: exactly what a double holds, so every value below 1 is reachable and 1 is not
        return (ByteBuffer.wrap(digest).getLong() >>> 11) * 0x1.0p-53;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
