package ad.cass.online.aws.extracts;

import ad.cass.online.domain.extracts.ExtractRequest;
import ad.cass.online.domain.extracts.ExtractService;
import ad.cass.online.domain.extracts.Verification;
import ad.cass.online.domain.wallet.HealthCard;
import ad.cass.online.domain.wallet.WalletService;
import java.util.List;

/** Requested documents and the public check as JSON (openapi.yaml: Extract, ExtractList, VerifiedDocument). */
public final class ExtractViews {
    private ExtractViews() {
    }

    /**
     * @param download present when READY: a link valid a few minutes, and until when
     * @param failure  present when FAILED, with {@code retry} true: ask again
     */
    public record ExtractView(String id, String type, String title, String period, String from, String to, String format,
                              String state, String requestedAt, String finishedAt, String verificationCode, String sha256,
                              Download download, String failure, Boolean retry) {
        public static ExtractView of(ExtractRequest r, Download download) {
            boolean failed = r.failure() != null;
            boolean dated = !r.type().certificate(); // a certificate states today: no period to show
            return new ExtractView(r.id(), r.type().code(), r.type().title(), dated ? r.period().kind().code() : null,
                    !dated || r.period().from() == null ? null : r.period().from().toString(), dated ? r.period().to().toString() : null,
                    r.format().code(), r.state().name(), r.requestedAt().toString(),
                    r.finishedAt() == null ? null : r.finishedAt().toString(), r.verificationCode(), r.sha256(), download,
                    failed ? r.failure() : null, failed ? Boolean.TRUE : null);
        }

        public static ExtractView of(ExtractService.Status status) {
            return of(status.request(), status.download() == null ? null
                    : new Download(status.download().link().toString(), status.download().expiresAt().toString()));
        }
    }

    public record Download(String url, String expiresAt) {
    }

    public record ExtractList(List<ExtractView> extracts) {
        public static ExtractList of(List<ExtractRequest> requests) {
            return new ExtractList(requests.stream().map(r -> ExtractView.of(r, null)).toList());
        }
    }

    /** The public answer: nothing of the person but the initials. */
    public record VerifiedDocument(String code, boolean authentic, String status, String type, String title, String issuedAt,
                                   String validUntil, String sha256, String holderInitials) {
        public static VerifiedDocument of(Verification v) {
            return new VerifiedDocument(v.code(), !v.revoked(), v.revoked() ? "REVOKED" : "VALID", v.type().code(), v.type().title(),
                    v.issuedAt().toString(), v.validUntil() == null ? null : v.validUntil().toString(), v.sha256(), v.holderInitials());
        }
    }

    /**
     * The wallet's health card (seed 000 §2.2.5): the credential the wallet stores, its format, until when it may be
     * shown, and what it holds, for the portal to show before the person adds it.
     */
    public record HealthCardView(String format, String credential, String issuedAt, String expiresAt, String cassNumber,
                                 String givenName, String familyName, String birthDate, String coverage, String coveredSince) {
        public static HealthCardView of(WalletService.IssuedCard issued) {
            HealthCard c = issued.card();
            return new HealthCardView(issued.format(), issued.credential(), c.issuedAt().toString(), c.expiresAt().toString(),
                    c.cassNumber().value(), c.givenName(), c.familyName(), c.birthDate().toString(), c.coverage().name(),
                    c.coveredSince() == null ? null : c.coveredSince().toString());
        }
    }
}
