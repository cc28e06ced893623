package ad.cass.online.domain.lifecertificates;

import ad.cass.online.domain.documents.DocumentStore;
import ad.cass.online.domain.documents.FileFormat;
import ad.cass.online.domain.error.NotFound;
import ad.cass.online.domain.error.Unavailable;
import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.domain.lifecertificates.LifeCertificateLetters.Addressee;
import ad.cass.online.domain.lifecertificates.LifeCertificateScheduler.Letters;
import ad.cass.online.domain.lifecertificates.LifeCertificateService.Submitted;
import ad.cass.online.domain.lifecertificates.LifeCertificateStore.CertificateOutcome;
import ad.cass.online.domain.mail.Mailer;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.Person;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;

/**
 * How a certificate is taken in, whoever brings it (issue 21): the pensioner through the portal
 * ({@link LifeCertificateService}) or CASS's staff ({@link StaffRecordings}). Checked by the rules, counted once under
 * its id, the file kept, the reinstatement written with it and its letter sent; a race with a run or another
 * certificate is read again and checked again.
 */
final class CertificateIntake {
    /** A certificate and a run, or two certificates, racing: each retry re-reads; more than this means a fault. */
    private static final int ATTEMPTS = 5;

    private final LifeCertificateStore store;
    private final DocumentStore files;
    private final Letters letters;
    private final LifeCertificateRules rules;
    private final CampaignCalendar calendar;
    private final PensionDecisions decisions;
    private final Clock clock;

    CertificateIntake(LifeCertificateStore store, DocumentStore files, Letters letters, LifeCertificateSettings settings,
                      Clock clock) {
        this.store = store;
        this.files = files;
        this.letters = letters;
        this.rules = new LifeCertificateRules(settings);
        this.calendar = new CampaignCalendar(settings);
        this.decisions = new PensionDecisions(settings);
        this.clock = clock;
    }

    /**
     * Checks and records a certificate for {@code person}, once under {@code id} (its file's SHA-256, or the staff's
     * reference hashed): a retry answers {@code duplicate}. A pension moved meanwhile (a run, another certificate) is
     * read again and checked again on what it now is.
     */
    Submitted accept(Person person, Submission submission, byte[] file, String id, SubmittedBy by, String actor) {
        PensionRecord pension = pensionOf(person.cassNumber());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = now.atZone(CatalanFormat.ANDORRA).toLocalDate();
        Optional<LifeCertificate> before = store.certificates(person.cassNumber()).stream()
                .filter(c -> c.sha256().equals(id)).findFirst();
        if (before.isPresent()) {
            return duplicate(pension, before.get());
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            PensionRecord read = pension;
            LifeCertificateRules.Accepted accepted = rules.check(submission, read.pensioner(), read.state(),
                    residentCheck(read), today, by);
            Optional<FileFormat> format = accepted.format();
            String key = format.map(f -> "life-certificates/" + person.cassNumber().value() + "/" + id + "." + f.extension())
                    .orElse(null);
            if (attempt == 0 && key != null) {
                files.put(key, file, format.get().contentType());
            }
            LifeCertificate certificate = new LifeCertificate(id, accepted.issuer(), accepted.issueDate(),
                    accepted.country(), key, format.map(FileFormat::contentType).orElse(null), now, by,
                    actor, accepted.countsFor().stream().map(Campaign::id).toList());
            Optional<PensionDecisions.Reinstatement> reinstatement = reinstates(read, accepted, today);
            Optional<AuditEntry> audit = reinstatement.map(r -> AuditEntry.reinstatement(ActionKey.of(person.cassNumber(),
                    calendar.byId(read.state().missedCampaign()), Action.REINSTATEMENT), now, actor, r));
            CertificateOutcome outcome = store.recordCertificate(read, certificate, audit);
            if (outcome == CertificateOutcome.RECORDED) {
                reinstatement.ifPresent(r -> sendReinstatement(audit.get(), LifeCertificateLetters.reinstatement(
                        addressee(person, read.pensioner()), r.resumesWith(), r.monthsWithheld(), r.arrearsCents())));
                return new Submitted(certificate, accepted.countsFor(),
                        reinstatement.map(PensionDecisions.Reinstatement::state).orElse(read.state()), reinstatement, false);
            }
            PensionRecord fresh = pensionOf(person.cassNumber());
            if (outcome == CertificateOutcome.DUPLICATE) {
                return store.certificates(person.cassNumber()).stream().filter(c -> c.sha256().equals(id)).findFirst()
                        .map(c -> duplicate(fresh, c)).orElseThrow(() -> new Unavailable("the pension, changing under a certificate"));
            }
            // CHANGED: a run or another certificate moved the pension; check again on what it is now
            pension = fresh;
        }
        throw new Unavailable("the pension, changing under a certificate");
    }

    /**
     * The reinstatement's letter: its portal notice first, then its mail. The certificate is counted by then, so a mail
     * service refusing it does not fail the request (a retry would answer "duplicate" and send nothing): the pensioner
     * has the notice, and the answer they are reading says the same.
     */
    private void sendReinstatement(AuditEntry audit, LifeCertificateLetters.Letter letter) {
        try {
            letters.send(audit, letter);
        } catch (Mailer.MailNotSent mailRefused) {
            // the notice went before the mail (PostedLetters); nothing more to do here
        }
    }

    PensionRecord pensionOf(CassNumber who) {
        return store.pension(who).orElseThrow(() -> new NotFound(LifeCertificateService.NOT_A_PENSIONER));
    }

    /** The latest resident check this pensioner was asked for: a REQUEST recorded for a resident-check campaign. */
    Optional<Campaign> residentCheck(PensionRecord pension) {
        return pension.done().stream().filter(k -> k.kind() == Action.REQUEST).map(k -> calendar.byId(k.campaignId()))
                .filter(c -> c.kind() == Campaign.Kind.RESIDENT_CHECK).max(Comparator.comparing(Campaign::opensOn));
    }

    /** The reinstatement a certificate brings: for the missed campaign, once it has all it needs (two with a supplement). */
    private Optional<PensionDecisions.Reinstatement> reinstates(PensionRecord pension, LifeCertificateRules.Accepted accepted,
                                                                LocalDate today) {
        if (!accepted.forMissedCampaign()
                || pension.received(pension.state().missedCampaign()) + 1 < pension.pensioner().certificatesRequired()) {
            return Optional.empty();
        }
        return Optional.of(decisions.reinstate(pension.state(), today, pension.pensioner().monthlyPensionCents()));
    }

    private Submitted duplicate(PensionRecord pension, LifeCertificate recorded) {
        return new Submitted(recorded, recorded.countsFor().stream().map(calendar::byId).toList(), pension.state(),
                Optional.empty(), true);
    }

    private static Addressee addressee(Person person, Pensioner pensioner) {
        return new Addressee(person.givenName(), person.email(), pensioner.language(), pensioner.certificatesRequired());
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content == null ? new byte[0] : content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
