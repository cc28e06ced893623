package ad.cass.online.aws.extracts;

import ad.cass.online.domain.extracts.ExtractRequest;
import ad.cass.online.domain.extracts.ExtractService;
import ad.cass.online.domain.extracts.Verification;
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
            return new ExtractView(r.id(), r.type().code(), r.type().title(), r.period().kind().code(),
                    r.period().from() == null ? null : r.period().from().toString(), r.period().to().toString(),
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
}
