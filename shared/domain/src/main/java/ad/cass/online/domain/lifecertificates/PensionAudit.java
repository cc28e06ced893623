package ad.cass.online.domain.lifecertificates;

import ad.cass.online.domain.error.NotFound;
import ad.cass.online.domain.person.CassNumber;
import java.util.Comparator;
import java.util.List;

/**
 * What CASS reads of a pension's proof of life (issue 21: "every decision leaves an audit entry that CASS can read"):
 * the pension as it stands, every decision taken on it (who, when, with its figures), oldest first, and the
 * certificates counted, with who recorded each and where its file lies. For CASS's staff, through their own function
 * (no route): a pensioner sees their side in {@link LifeCertificateService#status}.
 */
public final class PensionAudit {
    /** The pension's record, its decisions oldest first, and its certificates. */
    public record Trail(PensionRecord pension, List<AuditEntry> decisions, List<LifeCertificate> certificates) {
    }

    private final LifeCertificateStore store;

    public PensionAudit(LifeCertificateStore store) {
        this.store = store;
    }

    public Trail of(CassNumber pensioner) {
        PensionRecord pension = store.pension(pensioner).orElseThrow(() -> new NotFound(LifeCertificateService.NOT_A_PENSIONER));
        List<AuditEntry> decisions = store.audit(pensioner).stream()
                .sorted(Comparator.comparing(AuditEntry::at).thenComparing(a -> a.key().sortKey())).toList();
        return new Trail(pension, decisions, store.certificates(pensioner));
    }
}
