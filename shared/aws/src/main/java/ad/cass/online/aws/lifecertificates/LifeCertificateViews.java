package ad.cass.online.aws.lifecertificates;

import ad.cass.online.aws.http.MoneyView;
import ad.cass.online.domain.lifecertificates.AuditEntry;
import ad.cass.online.domain.lifecertificates.Campaign;
import ad.cass.online.domain.lifecertificates.LifeCertificate;
import ad.cass.online.domain.lifecertificates.LifeCertificateService;
import ad.cass.online.domain.lifecertificates.PensionState;
import java.util.ArrayList;
import java.util.List;

/**
 * Proof of life as JSON (openapi.yaml: LifeCertificateAccepted, LifeCertificateStatus). Dates ISO 8601, money in
 * cents and text; never the file's place in the bucket, never a full CASS number.
 */
public final class LifeCertificateViews {
    private LifeCertificateViews() {
    }

    /** A campaign: its id ("2026-11", "CV-2026-12"), kind, month and deadline. */
    public record CampaignView(String id, String kind, String month, String deadline) {
        static CampaignView of(Campaign c) {
            return new CampaignView(c.id(), c.kind().name(), c.month().toString(), c.deadline().toString());
        }
    }

    /** What a certificate came to: 201 the first time, and the same again for the same file. */
    public record AcceptedView(String sha256, String issuerType, String issueDate, String country, String receivedAt,
                               List<CampaignView> countsFor, PensionView pension, ReinstatementView reinstatement,
                               boolean duplicate) {
        public static AcceptedView of(LifeCertificateService.Submitted s) {
            LifeCertificate c = s.certificate();
            return new AcceptedView(c.sha256(), c.issuerType().name(), c.issueDate().toString(), c.country(),
                    c.receivedAt().toString(), s.countsFor().stream().map(CampaignView::of).toList(),
                    PensionView.of(s.state(), 0, null),
                    s.reinstatement().map(r -> new ReinstatementView(r.resumesWith().toString(), r.monthsWithheld(),
                            MoneyView.of(r.arrearsCents()))).orElse(null), s.duplicate());
        }
    }

    /** A reinstatement: the first month paid again, the months paid back and their amount. */
    public record ReinstatementView(String resumesWith, long monthsWithheld, MoneyView arrears) {
    }

    /** The pension: PAID, SUSPENDED or CLOSED, since when, for which campaign, what is withheld so far. */
    public record PensionView(String status, String suspendedFrom, String missedCampaign, String closedOn,
                              MoneyView withheld, String closesOn) {
        static PensionView of(PensionState s, long withheldCents, String closesOn) {
            return new PensionView(s.status().name(), text(s.suspendedFrom()), s.missedCampaign(), text(s.closedOn()),
                    s.status() == PensionState.Status.SUSPENDED ? MoneyView.of(withheldCents) : null, closesOn);
        }
    }

    /** One campaign as it stands for the person: what it asks, what came, whether anything is still due. */
    public record CampaignStatusView(CampaignView campaign, int required, int received, boolean due, boolean missed,
                                     List<ActionView> actions) {
        static CampaignStatusView of(LifeCertificateService.CampaignStatus s) {
            List<ActionView> actions = new ArrayList<>();
            s.actions().forEach((action, at) -> actions.add(new ActionView(action, at == null ? null : at.toString())));
            return new CampaignStatusView(CampaignView.of(s.campaign()), s.required(), s.received(), s.due(), s.missed(), actions);
        }
    }

    /** What CASS did (REQUEST, REMINDER-30, SUSPENSION, ...), and when; {@code at} absent for one imported without it. */
    public record ActionView(String action, String at) {
    }

    /** A certificate received: what it was and what it counted for (not where the file lies). */
    public record CertificateView(String issuerType, String issueDate, String country, String receivedAt,
                                  String submittedBy, List<String> countsFor) {
        static CertificateView of(LifeCertificate c) {
            return new CertificateView(c.issuerType().name(), c.issueDate().toString(), c.country(),
                    c.receivedAt().toString(), c.submittedBy().name(), c.countsFor());
        }
    }

    /** GET /life-certificates. */
    public record StatusView(String residenceCountry, int certificatesRequired, PensionView pension,
                             ReinstatementView lastReinstatement, List<CampaignStatusView> campaigns,
                             List<CertificateView> certificates) {
        public static StatusView of(LifeCertificateService.Status s) {
            return new StatusView(s.pensioner().residenceCountry(), s.pensioner().certificatesRequired(),
                    PensionView.of(s.state(), s.withheldCents(), s.closesOn().map(Object::toString).orElse(null)),
                    s.lastArrears().map(LifeCertificateViews::reinstatement).orElse(null),
                    s.campaigns().stream().map(CampaignStatusView::of).toList(),
                    s.certificates().stream().map(CertificateView::of).toList());
        }
    }

    private static ReinstatementView reinstatement(AuditEntry a) {
        return new ReinstatementView(a.details().get(AuditEntry.RESUMES_WITH),
                Long.parseLong(a.details().getOrDefault(AuditEntry.MONTHS_WITHHELD, "0")), MoneyView.of(a.arrearsCents()));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
