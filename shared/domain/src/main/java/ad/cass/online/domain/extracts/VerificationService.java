package ad.cass.online.domain.extracts;

import ad.cass.online.domain.error.NotFound;
import ad.cass.online.domain.error.TooManyRequests;
import ad.cass.online.domain.signin.Allowance;
import ad.cass.online.domain.signin.RateCounter;
import ad.cass.online.domain.signin.SigninLimits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The public check of an issued document (issue 20, {@code GET /verify/{code}}, no session): whether CASS issued it,
 * what it is, when, its SHA-256 and the holder's initials. Rate-limited per source address (an IPv6 address by its
 * /64), so the codes cannot be walked; a code that is not written as one is never looked up, and an unknown or
 * altered code is the same 404 as any other.
 */
public final class VerificationService {
    static final String UNKNOWN = "No hi ha cap document de la CASS amb aquest codi de verificació.";

    private final ExtractStore store;
    private final RateCounter counter;
    private final Allowance perAddress;
    private final Clock clock;

    public VerificationService(ExtractStore store, RateCounter counter, Allowance perAddress, Clock clock) {
        this.store = store;
        this.counter = counter;
        this.perAddress = perAddress;
        this.clock = clock;
    }

    public Verification check(String code, String sourceAddress) {
        Instant now = clock.instant();
        Optional<Instant> refused = counter.refusedUntil("ADDRESS#VERIFY#" + SigninLimits.addressKey(sourceAddress), perAddress, now);
        if (refused.isPresent()) {
            throw new TooManyRequests(Duration.between(now, refused.get()));
        }
        String asRead = VerificationCodes.read(code).orElseThrow(() -> new NotFound(UNKNOWN));
        return store.verification(asRead).orElseThrow(() -> new NotFound(UNKNOWN));
    }
}
