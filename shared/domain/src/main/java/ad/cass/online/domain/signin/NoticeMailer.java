package ad.cass.online.domain.signin;

import ad.cass.online.domain.mail.Mail;
import ad.cass.online.domain.mail.Mailer;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.person.PersonStore;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.domain.settings.SettingsStore;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a {@link Notice} into the e-mail it stands for and sends it (issue 16, item 8), off the request
 * path: the notices function calls it for each queued notice. It reads the person, their address and their
 * language now, from the file; a notice about a number nobody holds (a lock of an unknown number) or a person without
 * an address sends nothing. A mail the service refuses is thrown back, so the queue tries again and, in
 * the end, keeps it for an operator. The queue delivers at least once: rarely, a notice arrives twice.
 */
public final class NoticeMailer {
    private static final Logger LOG = LoggerFactory.getLogger(NoticeMailer.class);

    private final CredentialStore credentials;
    private final ContractStore contracts;
    private final PersonStore people;
    private final SettingsStore settings;
    private final PreviousAddresses previous;
    private final Mailer mailer;

    /** Where the address an e-mail change replaced is read (the personal file's audit trail). */
    @FunctionalInterface
    public interface PreviousAddresses {
        Optional<String> emailBefore(CassNumber person, Instant changedAt);
    }

    /**
     * @param settings whose language each mail is written in (seed 000 §2.2.3)
     * @param previous where an e-mail change's notice finds the address it goes to
     */
    public NoticeMailer(CredentialStore credentials, ContractStore contracts, PersonStore people, SettingsStore settings,
                        PreviousAddresses previous, Mailer mailer) {
        this.credentials = credentials;
        this.contracts = contracts;
        this.people = people;
        this.settings = settings;
        this.previous = previous;
        this.mailer = mailer;
    }

    /** @return whether a mail went out */
    public boolean deliver(Notice notice) {
        if (notice.kind() == Notice.Kind.EMAIL_CHANGED) {
            return deliverEmailChanged(notice);
        }
        Optional<Person> person = aboutWhom(notice).filter(p -> p.email() != null && !p.email().isBlank());
        if (person.isEmpty()) {
            LOG.info("{}: nobody to write to", notice);
            return false;
        }
        Language language = settings.of(person.get().cassNumber()).language();
        mailer.send(mail(notice, person.get(), language)); // MailNotSent travels on: the queue tries again
        LOG.info("{}: mailed", notice);
        return true;
    }

    /** To the old address, read from the change's audit entry; nothing when the person had none. */
    private boolean deliverEmailChanged(Notice notice) {
        Optional<Person> person = aboutWhom(notice).filter(p -> p.email() != null);
        Optional<String> to = person.flatMap(p -> previous.emailBefore(p.cassNumber(), notice.at()));
        if (to.isEmpty()) {
            LOG.info("{}: no previous address to write to", notice);
            return false;
        }
        Language language = settings.of(person.get().cassNumber()).language();
        mailer.send(Notices.emailChanged(person.get(), to.get(), notice.at(), language));
        LOG.info("{}: mailed", notice);
        return true;
    }

    private Optional<Person> aboutWhom(Notice notice) {
        if (notice.kind() == Notice.Kind.CONTRACT_LOCKED) {
            return contracts.find(notice.recipient()).flatMap(c -> people.find(c.holder()));
        }
        if (!CassNumber.isWellFormed(notice.recipient())) {
            return Optional.empty();
        }
        return credentials.account(CassNumber.of(notice.recipient())).map(Account::person);
    }

    private static Mail mail(Notice notice, Person person, Language language) {
        return switch (notice.kind()) {
            case PIN_LOCKED -> Notices.locked(person, Notices.Credential.PIN, notice.at(), language);
            case CONTRACT_LOCKED -> Notices.locked(person, Notices.Credential.CASS_CERTIFICATE, notice.at(), language);
            case PIN_RESET -> Notices.pinReset(person, notice.link(), notice.at(), language);
            case PIN_CHANGED -> Notices.pinChanged(person, notice.at(), language);
            case EMAIL_CHANGED -> throw new IllegalArgumentException("written by deliverEmailChanged");
        };
    }
}
