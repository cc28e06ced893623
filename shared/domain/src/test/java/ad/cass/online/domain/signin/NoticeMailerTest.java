package ad.cass.online.domain.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.mail.Mail;
import ad.cass.online.domain.mail.Mailer;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.EmploymentStatus;
import ad.cass.online.domain.person.InsuredType;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.domain.settings.Settings;
import ad.cass.online.domain.settings.SettingsStore;
import ad.cass.online.domain.settings.TextSize;
import ad.cass.online.domain.testing.InMemoryPersonStore;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 16, item 8: the notices function writes each mail from the file as it is when the notice leaves
 * the queue; a notice about nobody sends nothing; a refused mail goes back to the queue. Texts: seed 000,
 * §1.1.3 and §1.1.4 (the reset link), times in Europe/Andorra.
 */
class NoticeMailerTest {
    static final Instant AT = Instant.parse("2026-11-30T14:05:00Z"); // 15:05 in Andorra
    static final Person JORDI = person("100001A", "jordi.vidal@example.ad");
    static final Person NO_ADDRESS = person("100003C", null);

    final InMemoryPersonStore people = new InMemoryPersonStore();
    final List<Mail> sent = new ArrayList<>();
    final Map<CassNumber, Settings> chosen = new HashMap<>();
    final SettingsStore settings = new SettingsStore() {
        @Override
        public Settings of(CassNumber person) {
            return chosen.getOrDefault(person, Settings.DEFAULT);
        }

        @Override
        public void save(CassNumber person, Settings s) {
            chosen.put(person, s);
        }
    };
    final NoticeMailer mailer = new NoticeMailer(credentials(), contracts(), people, settings, (p, at) -> Optional.empty(), sent::add);

    NoticeMailerTest() {
        people.save(JORDI);
        people.save(NO_ADDRESS);
    }

    static Person person(String number, String email) {
        return new Person(CassNumber.of(number), "Jordi", "Vidal", LocalDate.of(1980, 1, 1), InsuredType.DIRECT,
                null, null, EmploymentStatus.EMPLOYED, email, "AD", List.of());
    }

    CredentialStore credentials() {
        return new CredentialStore() {
            @Override
            public Optional<Account> account(CassNumber cassNumber) {
                return people.find(cassNumber).map(p -> new Account(p, "hash", List.of()));
            }

            @Override
            public void savePinHash(CassNumber cassNumber, String pinHash) {
                throw new UnsupportedOperationException();
            }

            @Override
            public java.util.Set<CassNumber> withOwnAccess(java.util.Collection<CassNumber> people) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<CassNumber> findByGovernmentId(String governmentId) {
                return Optional.empty();
            }

            @Override
            public void linkGovernmentId(String governmentId, CassNumber cassNumber) {
                throw new UnsupportedOperationException();
            }
        };
    }

    static ContractStore contracts() {
        Map<String, Contract> contracts = Map.of("CD-2024-0001", new Contract("CD-2024-0001", JORDI.cassNumber(), "E-1", "h"));
        return new ContractStore() {
            @Override
            public Optional<Contract> find(String contractNumber) {
                return Optional.ofNullable(contracts.get(contractNumber));
            }

            @Override
            public void save(Contract contract) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @ParameterizedTest(name = "{0} for {1} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            PIN_LOCKED      | 100001A      |                                               | l'accés amb el PIN queda bloquejat fins al 30/11/2026 a les 15:05
            CONTRACT_LOCKED | CD-2024-0001 |                                               | l'accés amb el certificat digital de la CASS queda bloquejat fins al 30/11/2026 a les 15:05
            PIN_RESET       | 100001A      | https://online.cass.ad/pt/password-reset?token=t | L'enllaç és vàlid fins al 30/11/2026 a les 15:05 i només es pot fer servir una vegada
            PIN_CHANGED     | 100001A      |                                               | s'ha canviat el 30/11/2026 a les 15:05
            """)
    void eachNoticeIsMailedToTheAddressOnFile(Notice.Kind kind, String recipient, String link, String says) {
        assertTrue(mailer.deliver(new Notice(kind, recipient, AT, link == null ? null : URI.create(link))));
        assertEquals(1, sent.size());
        assertEquals("jordi.vidal@example.ad", sent.get(0).to());
        assertTrue(sent.get(0).text().contains(says), sent.get(0).text());
        if (link != null) {
            assertTrue(sent.get(0).text().contains(link), "the link, whole");
        }
    }

    /** Seed 000 §2.2.3: the person's chosen language, Catalan unless they chose another. */
    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            PIN_LOCKED  | es | CASS Online: acceso bloqueado temporalmente | el acceso con el PIN queda bloqueado hasta el 30/11/2026 a las 15:05
            PIN_LOCKED  | fr | CASS Online : accès bloqué temporairement   | l'accès avec le PIN est bloqué jusqu'au 30/11/2026 à 15:05
            PIN_LOCKED  | en | CASS Online: access temporarily locked      | signing in with the PIN is locked until 30/11/2026 at 15:05
            PIN_CHANGED | fr | CASS Online : votre PIN a été modifié       | a été modifié le 30/11/2026 à 15:05
            PIN_CHANGED | ca | CASS Online: el vostre PIN s'ha canviat     | s'ha canviat el 30/11/2026 a les 15:05
            """)
    void eachMailIsInThePersonsLanguage(Notice.Kind kind, String language, String subject, String says) {
        settings.save(JORDI.cassNumber(), new Settings(TextSize.NORMAL, Language.fromCode(language)));
        mailer.deliver(new Notice(kind, "100001A", AT, null));
        assertEquals(subject, sent.get(0).subject());
        assertTrue(sent.get(0).text().contains(says), sent.get(0).text());
    }

    @ParameterizedTest(name = "{0} for {1}: no mail")
    @CsvSource({"PIN_LOCKED, 999999Z", "CONTRACT_LOCKED, CD-9999-9999", "PIN_LOCKED, 100003C", "PIN_CHANGED, not-a-number"})
    void aNoticeAboutNobodyOrSomeoneWithoutAnAddressSendsNothing(Notice.Kind kind, String recipient) {
        assertFalse(mailer.deliver(new Notice(kind, recipient, AT, null)));
        assertTrue(sent.isEmpty());
    }

    @Test
    void aRefusedMailIsThrownBackSoTheQueueTriesAgain() {
        NoticeMailer refusing = new NoticeMailer(credentials(), contracts(), people, settings, (p, at) -> Optional.empty(), mail -> {
            throw new Mailer.MailNotSent("SES refused: Throttling");
        });
        assertThrows(Mailer.MailNotSent.class, () -> refusing.deliver(Notice.pinLocked(JORDI.cassNumber(), AT)));
    }

    @Test
    void aNoticeNeverShowsItsLinkOrTheWholeNumber() {
        Notice reset = Notice.pinReset(JORDI.cassNumber(), URI.create("https://online.cass.ad/pt/password-reset?token=secret"), AT);
        assertEquals("PIN_RESET for ****01A", reset.toString());
        assertThrows(IllegalArgumentException.class, () -> new Notice(Notice.Kind.PIN_LOCKED, "100001A", AT, URI.create("https://x")));
        assertThrows(IllegalArgumentException.class, () -> new Notice(Notice.Kind.PIN_RESET, "100001A", AT, null));
    }
}
