package ad.cass.online.domain.lifecertificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.lifecertificates.LifeCertificateLetters.Addressee;
import ad.cass.online.domain.lifecertificates.LifeCertificateLetters.Letter;
import ad.cass.online.domain.mail.Mail;
import ad.cass.online.domain.mail.Mailer;
import ad.cass.online.domain.notices.ActiveNotice;
import ad.cass.online.domain.notices.NoticeStore;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.settings.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 21: "every concerned pensioner gets a request by e-mail and a portal notice", in their language. The notice
 * is the letter's text, kept until the day the letter is about, and posted once however often it is sent.
 */
class PostedLettersTest {
    static final CampaignCalendar CALENDAR = new CampaignCalendar(LifeCertificateSettings.defaults());
    static final Campaign NOVEMBER = CALENDAR.abroad(YearMonth.of(2026, 11));
    static final CassNumber MARIE = CassNumber.of("100005E");
    static final Instant AT = Instant.parse("2026-11-01T03:00:12Z");

    final Notices notices = new Notices();
    final List<Mail> mails = new ArrayList<>();
    final PostedLetters posted = new PostedLetters(notices, mails::add);

    static Addressee marie(Language language, String email) {
        return new Addressee("Marie", email, language, 1);
    }

    static AuditEntry audit(ActionKey key) {
        return new AuditEntry(key, AT, AuditEntry.scheduler("OPENING#2026-11-01"), Map.of());
    }

    /** The notice says in the portal what the mail says, in the pensioner's language, until the deadline. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "CA | datat el mes de novembre de 2026 o més tard",
            "ES | fechado en el mes de noviembre de 2026",
            "FR | daté du mois de novembre 2026",
            "EN | dated November 2026 or later"})
    void aRequestIsAMailAndANoticeInTheLanguage(Language language, String expected) {
        Letter letter = LifeCertificateLetters.request(marie(language, "marie.dupont@example.fr"), NOVEMBER);
        posted.send(audit(ActionKey.of(MARIE, NOVEMBER, Action.REQUEST)), letter);

        assertEquals(1, mails.size());
        ActiveNotice notice = notices.only(MARIE);
        assertEquals("FV-2026-11-REQUEST", notice.id());
        assertEquals(letter.noticeTitle(), notice.title());
        assertTrue((notice.title() + "\n" + notice.text()).contains(expected), notice.text());
        assertTrue(mails.get(0).text().contains(notice.text()), "the notice is the mail's body");
        assertFalse(notice.text().contains("Marie"), "no greeting: the portal knows whom it shows it to");
        assertEquals(LocalDate.of(2026, 12, 31), notice.availableUntil(), "shown until the deadline");
        assertEquals(AT, notice.createdAt());
        assertEquals("/life-certificates", notice.link());
        assertFalse(notice.hasDocument());
        assertNull(notice.procedureCode());
        assertTrue(notice.unread());
    }

    /** Each letter's notice: its id from the action, its last day from the letter or 90 days on. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "REMINDER-7, FV-2026-11-REMINDER-7, 2026-12-31",
            "SUSPENSION, FV-2026-11-SUSPENSION, 2029-12-31",
            "REINSTATEMENT, FV-2026-11-REINSTATEMENT, 2027-01-30",
            "CLOSURE, FV-2026-11-CLOSURE, 2027-01-30"})
    void eachLetterHasItsNotice(String action, String id, LocalDate until) {
        Addressee to = marie(Language.CA, "marie.dupont@example.fr");
        Letter letter = switch (action) {
            case "REMINDER-7" -> LifeCertificateLetters.reminder(to, NOVEMBER, 7);
            case "SUSPENSION" -> LifeCertificateLetters.suspension(to, NOVEMBER, LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31));
            case "REINSTATEMENT" -> LifeCertificateLetters.reinstatement(to, YearMonth.of(2027, 3), 2, 246_912);
            default -> LifeCertificateLetters.closure(to, LocalDate.of(2029, 12, 31));
        };
        posted.send(audit(new ActionKey(MARIE, NOVEMBER.id(), action)), letter);
        ActiveNotice notice = notices.only(MARIE);
        assertEquals(id, notice.id());
        assertEquals(until, notice.availableUntil());
        assertFalse(notice.text().isBlank());
    }

    /** No address on file: the notice alone. */
    @Test
    void noAddressNoMailButTheNotice() {
        posted.send(audit(ActionKey.of(MARIE, NOVEMBER, Action.REQUEST)),
                LifeCertificateLetters.request(marie(Language.FR, null), NOVEMBER));
        assertTrue(mails.isEmpty());
        assertEquals("FV-2026-11-REQUEST", notices.only(MARIE).id());
    }

    /** A letter sent again (the mail service failed after the notice was in, and the page was redone): one notice. */
    @Test
    void aNoticePostedTwiceIsThereOnce() {
        Letter letter = LifeCertificateLetters.request(marie(Language.CA, "marie.dupont@example.fr"), NOVEMBER);
        AuditEntry audit = audit(ActionKey.of(MARIE, NOVEMBER, Action.REQUEST));
        PostedLetters failing = new PostedLetters(notices, mail -> {
            throw new Mailer.MailNotSent("SES down");
        });
        assertThrows(Mailer.MailNotSent.class, () -> failing.send(audit, letter));
        posted.send(audit, letter);
        assertEquals(1, notices.notices(MARIE).size());
        assertEquals(1, mails.size());
    }

    /** The in-memory twin of DynamoNoticeStore: one notice per person, creation time and id. */
    static final class Notices implements NoticeStore {
        final Map<String, ActiveNotice> byKey = new LinkedHashMap<>();

        @Override
        public List<ActiveNotice> notices(CassNumber subject) {
            return byKey.values().stream().filter(n -> n.subject().equals(subject)).toList();
        }

        @Override
        public Optional<ActiveNotice> find(CassNumber subject, String id) {
            return notices(subject).stream().filter(n -> n.id().equals(id)).findFirst();
        }

        @Override
        public void markRead(ActiveNotice notice, Instant at) {
            throw new UnsupportedOperationException("not read here");
        }

        @Override
        public boolean post(ActiveNotice notice) {
            return byKey.putIfAbsent(notice.subject().value() + "#" + notice.createdAt() + "#" + notice.id(), notice) == null;
        }

        ActiveNotice only(CassNumber subject) {
            List<ActiveNotice> all = notices(subject);
            assertEquals(1, all.size(), "one notice");
            return all.get(0);
        }
    }
}
