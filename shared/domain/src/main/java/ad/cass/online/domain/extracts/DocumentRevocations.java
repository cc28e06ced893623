package ad.cass.online.domain.extracts;

import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.error.NotFound;
import java.time.Clock;

/**
 * CASS's staff withdraw an issued document (issue 20: "a revoked one says so"): a certificate issued on data later
 * found wrong, a document reported lost. The file itself cannot be recalled, so its public record is: from then on
 * {@code GET /verify/{code}} answers REVOKED and not authentic, and whoever checks the paper learns it. Revoking is
 * for operators only (a function invoked directly, never an API route), says why, and doing it twice changes nothing.
 */
public final class DocumentRevocations {
    static final String NO_REASON = "Cal indicar per què es revoca el document.";

    private final ExtractStore store;
    private final Clock clock;

    public DocumentRevocations(ExtractStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** @return the document's public record, now revoked */
    public Verification revoke(String code, String reason) {
        String asRead = VerificationCodes.read(code).orElseThrow(() -> new NotFound(VerificationService.UNKNOWN));
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", NO_REASON);
        }
        if (!store.revoke(asRead, clock.instant(), reason.strip())) {
            throw new NotFound(VerificationService.UNKNOWN);
        }
        return store.verification(asRead).orElseThrow(() -> new NotFound(VerificationService.UNKNOWN));
    }
}
