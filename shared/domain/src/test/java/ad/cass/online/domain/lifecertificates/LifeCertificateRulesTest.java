package ad.cass.online.domain.lifecertificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.documents.FileFormat;
import ad.cass.online.domain.error.Conflict;
import ad.cass.online.domain.error.DomainException;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.domain.text.Translations;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seed 003 §3.2 (issuers, "datat en els mesos de Maig i Novembre. Si es presenta abans de les dates establertes no
 * es considerarà vàlid") and §3.1 (residents, "del comú on resideixen"); issue 21 for the file (PDF, JPEG or PNG by
 * content, at most 10 MB) and the order of the checks: issuer, date, country, file.
 */
class LifeCertificateRulesTest {
    static final LifeCertificateSettings SETTINGS = LifeCertificateSettings.defaults();
    static final LifeCertificateRules RULES = new LifeCertificateRules(SETTINGS);
    static final CampaignCalendar CALENDAR = new CampaignCalendar(SETTINGS);
    static final long TEN_MB = 10L * 1024 * 1024;

    static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("ISSUER", LifeCertificateRules.ISSUER_NOT_VALID), Map.entry("STAFF", LifeCertificateRules.STAFF_ONLY),
            Map.entry("FORMAT", LifeCertificateRules.BAD_DATE), Map.entry("FUTURE", LifeCertificateRules.FUTURE),
            Map.entry("BEFORE", LifeCertificateRules.BEFORE_CAMPAIGN),
            Map.entry("MONTH", LifeCertificateRules.NOT_CAMPAIGN_MONTH), Map.entry("COUNTRY", LifeCertificateRules.BAD_COUNTRY),
            Map.entry("SIZE", LifeCertificateRules.BAD_SIZE), Map.entry("CONTENT", LifeCertificateRules.BAD_CONTENT),
            Map.entry("MISMATCH", LifeCertificateRules.TYPE_MISMATCH), Map.entry("CLOSED", PensionDecisions.CLOSED),
            Map.entry("NOT_ASKED", LifeCertificateRules.NOT_ASKED));

    /** A file's first bytes by name; BIG is a PDF one byte over 10 MB, MAX one of exactly 10 MB. */
    static Submission submission(String issuer, String date, String country, String file, String contentType) {
        byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        byte[] head = switch (file) {
            case "PDF", "BIG", "MAX" -> pdf;
            case "JPEG" -> new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
            case "PNG" -> new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
            case "GIF" -> "GIF89a\1\0".getBytes(StandardCharsets.US_ASCII);
            case "ZIP" -> new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0};
            case "EMPTY", "NONE" -> new byte[0];
            default -> throw new IllegalArgumentException(file);
        };
        long size = switch (file) {
            case "BIG" -> TEN_MB + 1;
            case "MAX" -> TEN_MB;
            case "EMPTY", "NONE" -> 0;
            default -> 20_000;
        };
        return new Submission(issuer, date, country, "fe-de-vida", contentType, size, head);
    }

    /** "" paid; "2026-11@2027-01-01" suspended for that campaign from that day; "CLOSED" closed. */
    static PensionState state(String text) {
        if (text == null) {
            return PensionState.paid();
        }
        if (text.equals("CLOSED")) {
            return PensionState.suspended(LocalDate.of(2027, 1, 1), "2026-11").closed(LocalDate.of(2029, 12, 31));
        }
        String[] parts = text.split("@");
        return PensionState.suspended(LocalDate.parse(parts[1]), parts[0]);
    }

    @ParameterizedTest(name = "[{index}] on {0}, {1} pensioner {2} {3}: {4} dated {5} from {6} by {7}, {8} as {9} -> {10} {11}")
    @CsvSource(delimiter = '|', value = {
            // today   |res|state               |check     |issuer               |date       |ctry|by       |file |type            |expected         |counts for
            // seed 003 §3.2 "NO SÒN VÀLIDS": each named refusal, and anything else ("5. ..."), on the issuer
            "2026-11-20|FR|                    |          |HOSPITAL             |2026-11-10 |FR |PENSIONER|PDF  |application/pdf|issuerType:ISSUER |",
            "2026-11-20|FR|                    |          |DOCTOR               |2026-11-10 |FR |PENSIONER|PDF  |application/pdf|issuerType:ISSUER |",
            "2026-11-20|FR|                    |          |RESIDENCE_CERTIFICATE|2026-11-10 |FR |PENSIONER|PDF  |application/pdf|issuerType:ISSUER |",
            "2026-11-20|FR|                    |          |SCHOOL_CERTIFICATE   |2026-11-10 |FR |PENSIONER|PDF  |application/pdf|issuerType:ISSUER |",
            "2026-11-20|FR|                    |          |CONSULATE            |2026-11-10 |FR |PENSIONER|PDF  |application/pdf|issuerType:ISSUER |",
            "2026-11-20|FR|                    |          |notary               |2026-11-10 |FR |PENSIONER|PDF  |application/pdf|issuerType:ISSUER |",
            "2026-11-20|FR|                    |          |                     |2026-11-10 |FR |PENSIONER|PDF  |application/pdf|issuerType:ISSUER |",
            // seed 003 §3.2 "Altres opcions": in person or by video call, recorded by CASS staff only (issue 21)
            "2026-11-20|FR|                    |          |CASS_IN_PERSON       |2026-11-10 |FR |PENSIONER|PDF  |application/pdf|issuerType:STAFF  |",
            "2026-11-20|FR|                    |          |OVAC_VIDEO_CALL      |2026-11-10 |FR |PENSIONER|PDF  |application/pdf|issuerType:STAFF  |",
            "2026-11-20|FR|                    |          |OVAC_VIDEO_CALL      |2026-11-10 |FR |STAFF    |NONE |               |OK                |2026-11",
            "2026-11-20|FR|                    |          |CASS_IN_PERSON       |2026-11-20 |FR |STAFF    |NONE |               |OK                |2026-11",
            // decision (issue 21): a file staff attach to a video call is checked like any other
            "2026-11-20|FR|                    |          |OVAC_VIDEO_CALL      |2026-11-10 |FR |STAFF    |GIF  |image/gif      |file:CONTENT      |",
            // staff may also record a paper certificate the pensioner brings (seed 003 §3.2 valid issuers)
            "2026-11-20|FR|                    |          |TOWN_HALL            |2026-11-10 |FR |STAFF    |PDF  |application/pdf|OK                |2026-11",
            // issue 21: the issuer is checked first, before a date in the future
            "2026-11-20|FR|                    |          |HOSPITAL             |2026-12-01 |FR |PENSIONER|GIF  |image/gif      |issuerType:ISSUER |",
            // issue 21: not dated in the future (Europe/Andorra today); tomorrow is refused, today is fine
            "2026-11-20|FR|                    |          |NOTARY               |2026-11-21 |FR |PENSIONER|PDF  |application/pdf|issueDate:FUTURE  |",
            "2026-11-20|FR|                    |          |NOTARY               |2026-11-20 |FR |PENSIONER|PDF  |application/pdf|OK                |2026-11",
            "2026-11-20|FR|                    |          |NOTARY               |20/11/2026 |FR |PENSIONER|PDF  |application/pdf|issueDate:FORMAT  |",
            "2026-11-20|FR|                    |          |NOTARY               |2026-02-30 |FR |PENSIONER|PDF  |application/pdf|issueDate:FORMAT  |",
            "2026-11-20|FR|                    |          |NOTARY               |           |FR |PENSIONER|PDF  |application/pdf|issueDate:FORMAT  |",
            // seed 003 §3.2 "Si es presenta abans de les dates establertes no es considerarà vàlid"
            "2026-05-10|FR|                    |          |CIVIL_REGISTRY       |2026-04-28 |FR |PENSIONER|PDF  |application/pdf|issueDate:BEFORE  |",
            "2026-11-20|FR|                    |          |CIVIL_REGISTRY       |2026-05-15 |FR |PENSIONER|PDF  |application/pdf|issueDate:BEFORE  |",
            "2026-11-20|FR|                    |          |CIVIL_REGISTRY       |2026-10-31 |FR |PENSIONER|PDF  |application/pdf|issueDate:BEFORE  |",
            // seed 003 §3.2 "datat en els mesos de Maig i Novembre": December is no campaign month
            "2026-12-10|FR|                    |          |CIVIL_REGISTRY       |2026-12-05 |FR |PENSIONER|PDF  |application/pdf|issueDate:MONTH   |",
            "2027-03-01|FR|                    |          |CIVIL_REGISTRY       |2027-02-15 |FR |PENSIONER|PDF  |application/pdf|issueDate:MONTH   |",
            // seed 003 §3.2: dated in the campaign month, from its first day; sent later, before the deadline
            "2026-11-20|FR|                    |          |POLICE_STATION       |2026-11-01 |FR |PENSIONER|PDF  |application/pdf|OK                |2026-11",
            "2026-12-10|FR|                    |          |POLICE_STATION       |2026-11-30 |DE |PENSIONER|JPEG |image/jpeg     |OK                |2026-11",
            "2026-06-30|PT|                    |          |SOCIAL_SECURITY      |2026-05-31 |PT |PENSIONER|PNG  |image/png      |OK                |2026-05",
            // decision (issue 21): received after the deadline but before any suspension, it still counts
            "2027-01-15|FR|                    |          |POLICE_STATION       |2026-11-30 |FR |PENSIONER|PDF  |application/pdf|OK                |2026-11",
            // issue 21: the country, ISO 3166 alpha-2 upper case, is required abroad
            "2026-11-20|FR|                    |          |NOTARY               |2026-11-10 |   |PENSIONER|PDF  |application/pdf|country:COUNTRY   |",
            "2026-11-20|FR|                    |          |NOTARY               |2026-11-10 |fr |PENSIONER|PDF  |application/pdf|country:COUNTRY   |",
            "2026-11-20|FR|                    |          |NOTARY               |2026-11-10 |FRA|PENSIONER|PDF  |application/pdf|country:COUNTRY   |",
            "2026-11-20|FR|                    |          |NOTARY               |2026-11-10 |XX |PENSIONER|PDF  |application/pdf|country:COUNTRY   |",
            // issue 21: PDF, JPEG or PNG by content, 1 byte to 10 MB, the declared type agreeing
            "2026-11-20|FR|                    |          |NOTARY               |2026-11-10 |FR |PENSIONER|JPEG |image/jpeg     |OK                |2026-11",
            "2026-11-20|FR|                    |          |NOTARY               |2026-11-10 |FR |PENSIONER|PNG  |image/png      |OK                |2026-11",
            "2026-11-20|FR|                    |          |NOTARY               |2026-11-10 |FR |PENSIONER|GIF  |image/gif      |file:CONTENT      |",
            "2026-11-20|FR|                    |          |NOTARY               |2026-11-10 |FR |PENSIONER|ZIP  |application/pdf|file:CONTENT      |",
            "2026-11-20|FR|                    |          |NOTARY               |2026-11-10 |FR |PENSIONER|EMPTY|application/pdf|file:SIZE         |",
            "2026-11-20|FR|                    |          |NOTARY               |2026-11-10 |FR |PENSIONER|NONE |               |file:SIZE         |",
            "2026-11-20|FR|                    |          |NOTARY               |2026-11-10 |FR |PENSIONER|BIG  |application/pdf|file:SIZE         |",
            "2026-11-20|FR|                    |          |NOTARY               |2026-11-10 |FR |PENSIONER|MAX  |application/pdf|OK                |2026-11",
            "2026-11-20|FR|                    |          |NOTARY               |2026-11-10 |FR |PENSIONER|PDF  |image/png      |file:MISMATCH     |",
            "2026-11-20|FR|                    |          |NOTARY               |2026-11-10 |FR |PENSIONER|PNG  |image/jpeg     |file:MISMATCH     |",
            "2026-11-20|FR|                    |          |NOTARY               |2026-11-10 |FR |PENSIONER|PDF  |application/zip|file:MISMATCH     |",
            "2026-11-20|FR|                    |          |NOTARY               |2026-11-10 |FR |PENSIONER|PDF  |APPLICATION/PDF|OK                |2026-11",
            // decision: no declared type leaves the content to decide
            "2026-11-20|FR|                    |          |NOTARY               |2026-11-10 |FR |PENSIONER|PDF  |               |OK                |2026-11",
            // decision (issue 21): suspended for 2026-11, any certificate dated from 01/11/2026 counts for it
            "2027-02-20|FR|2026-11@2027-01-01  |          |TOWN_HALL            |2027-02-10 |FR |PENSIONER|PDF  |application/pdf|OK                |2026-11",
            "2027-02-20|FR|2026-11@2027-01-01  |          |TOWN_HALL            |2026-12-10 |FR |PENSIONER|PDF  |application/pdf|OK                |2026-11",
            "2027-02-20|FR|2026-11@2027-01-01  |          |TOWN_HALL            |2026-10-30 |FR |PENSIONER|PDF  |application/pdf|issueDate:BEFORE  |",
            "2027-02-20|FR|2026-11@2027-01-01  |          |TOWN_HALL            |2027-02-21 |FR |PENSIONER|PDF  |application/pdf|issueDate:FUTURE  |",
            // ... and when dated in the campaign under way it counts for that one too
            "2027-05-10|FR|2026-11@2027-01-01  |          |TOWN_HALL            |2027-05-05 |FR |PENSIONER|PDF  |application/pdf|OK                |2026-11;2027-05",
            // DOMAIN.md "Outside the seeds": closed after three years from the last payment (31/12/2026): 409
            "2029-12-30|FR|2026-11@2027-01-01  |          |TOWN_HALL            |2029-11-10 |FR |PENSIONER|PDF  |application/pdf|OK                |2026-11;2029-11",
            "2029-12-31|FR|2026-11@2027-01-01  |          |TOWN_HALL            |2029-11-10 |FR |PENSIONER|PDF  |application/pdf|conflict:CLOSED   |",
            "2030-02-01|FR|CLOSED              |          |TOWN_HALL            |2029-11-10 |FR |PENSIONER|PDF  |application/pdf|conflict:CLOSED   |",
            // seed 003 §3.1: a resident proves life when CASS asks, from the check's opening, with the comú's
            // certificate (TOWN_HALL); the country defaults to Andorra; any month
            "2026-12-10|AD|                    |CV-2026-12|TOWN_HALL            |2026-12-02 |   |PENSIONER|PDF  |application/pdf|OK                |CV-2026-12",
            "2027-01-20|AD|                    |CV-2026-12|TOWN_HALL            |2027-01-05 |AD |PENSIONER|PDF  |application/pdf|OK                |CV-2026-12",
            "2026-12-10|AD|                    |CV-2026-12|TOWN_HALL            |2026-11-30 |   |PENSIONER|PDF  |application/pdf|issueDate:BEFORE  |",
            // seed 003 §3.1 "o un certificat de FE de VIDA del país estranger on resideixen + el canvi d'adreça"
            "2026-12-10|AD|                    |CV-2026-12|CIVIL_REGISTRY       |2026-12-02 |ES |PENSIONER|PDF  |application/pdf|OK                |CV-2026-12",
            // seed 003 §3.1 "És la CASS que li requereix prèviament": not asked, or not yet: 409
            "2026-11-20|AD|                    |          |TOWN_HALL            |2026-11-10 |   |PENSIONER|PDF  |application/pdf|conflict:NOT_ASKED|",
            "2026-11-20|AD|                    |CV-2026-12|TOWN_HALL            |2026-11-10 |   |PENSIONER|PDF  |application/pdf|conflict:NOT_ASKED|",
            // a resident suspended for a missed check is reinstated like anyone (issue 21 "same consequences")
            "2027-03-05|AD|CV-2026-12@2027-02-01|CV-2026-12|TOWN_HALL           |2027-03-01 |   |PENSIONER|PDF  |application/pdf|OK                |CV-2026-12"})
    void submissions(LocalDate today, String residence, String state, String check, String issuer, String date,
                     String country, SubmittedBy by, String file, String contentType, String expected, String countsFor) {
        Pensioner pensioner = new Pensioner(CassNumber.of("123456A"), residence, 1_234_56, false, Language.CA);
        Optional<Campaign> residentCheck = Optional.ofNullable(check).map(CALENDAR::byId);
        Submission s = submission(issuer, date, country, file, contentType);
        if (expected.equals("OK")) {
            LifeCertificateRules.Accepted ok = RULES.check(s, pensioner, state(state), residentCheck, today, by);
            assertEquals(Arrays.asList(countsFor.split(";")), ok.countsFor().stream().map(Campaign::id).toList());
            assertEquals(country == null ? "AD" : country, ok.country());
            assertEquals(LocalDate.parse(date), ok.issueDate());
            assertEquals(file.equals("NONE"), ok.format().isEmpty());
            assertEquals(state != null && !state.equals("CLOSED") && countsFor.startsWith(state.split("@")[0]),
                    ok.forMissedCampaign());
            return;
        }
        String[] fieldAndReason = expected.split(":");
        DomainException e = assertThrows(DomainException.class,
                () -> RULES.check(s, pensioner, state(state), residentCheck, today, by));
        assertEquals(REASONS.get(fieldAndReason[1]), e.pattern());
        if (fieldAndReason[0].equals("conflict")) {
            assertTrue(e instanceof Conflict, e.getClass().getName());
        } else {
            assertEquals(fieldAndReason[0], ((InvalidInput) e).field());
        }
    }

    @Test
    void theRefusalsSayTheDayAndTheLimit() {
        Pensioner abroad = new Pensioner(CassNumber.of("123456A"), "FR", 1_000_00, false, Language.CA);
        // seed 003 §3.2: the campaign of November 2026 began on 01/11/2026
        InvalidInput before = assertThrows(InvalidInput.class, () -> RULES.check(submission("NOTARY", "2026-10-31", "FR",
                "PDF", "application/pdf"), abroad, PensionState.paid(), Optional.empty(), LocalDate.of(2026, 11, 20),
                SubmittedBy.PENSIONER));
        assertEquals("El certificat de vida està datat abans de l'inici de la campanya (01/11/2026): no és vàlid.",
                before.getMessage());
        assertEquals("The life certificate is dated before the campaign began (01/11/2026): it is not valid.",
                Translations.of(Language.EN, before.pattern(), before.args().toArray()));
        InvalidInput big = assertThrows(InvalidInput.class, () -> RULES.check(submission("NOTARY", "2026-11-10", "FR",
                "BIG", "application/pdf"), abroad, PensionState.paid(), Optional.empty(), LocalDate.of(2026, 11, 20),
                SubmittedBy.PENSIONER));
        assertEquals("El fitxer ha de tenir entre 1 byte i 10 MB.", big.getMessage());
        InvalidInput mismatch = assertThrows(InvalidInput.class, () -> RULES.check(submission("NOTARY", "2026-11-10",
                "FR", "PDF", "image/png"), abroad, PensionState.paid(), Optional.empty(), LocalDate.of(2026, 11, 20),
                SubmittedBy.PENSIONER));
        assertEquals("El tipus declarat del fitxer (image/png) no correspon al contingut (application/pdf).",
                mismatch.getMessage());
    }

    @ParameterizedTest(name = "suspended for {0}, dated {1}, on {2}: counts for {3}")
    @CsvSource(delimiter = '|', value = {
            // decision (issue 21): after a missed campaign, any day from its opening proves life for it
            "2026-11 | 2027-02-10 | 2027-02-20 | 2026-11",
            "2026-11 | 2026-11-01 | 2027-02-20 | 2026-11",
            "2026-11 | 2026-10-31 | 2027-02-20 | ",
            "2026-11 | 2027-02-21 | 2027-02-20 | ",
            // seed 003 §3.2: dated in the campaign under way, it counts for that one as well
            "2026-11 | 2027-05-02 | 2027-05-03 | 2026-11;2027-05",
            "2026-05 | 2026-11-03 | 2026-11-04 | 2026-05;2026-11"})
    void reinstatementCounting(String missed, LocalDate issued, LocalDate today, String expected) {
        Pensioner abroad = new Pensioner(CassNumber.of("123456A"), "FR", 1_000_00, true, Language.FR);
        PensionState suspended = new PensionDecisions(SETTINGS).suspend(CALENDAR.byId(missed), today).orElseThrow();
        List<String> counts = RULES.countsFor(issued, abroad, suspended, Optional.empty(), today).stream().map(Campaign::id).toList();
        assertEquals(expected == null ? List.of() : List.of(expected.split(";")), counts);
    }

    @Test
    void aFormatSeenByContentIsTheOneReturned() {
        Pensioner abroad = new Pensioner(CassNumber.of("123456A"), "FR", 1_000_00, false, Language.CA);
        LifeCertificateRules.Accepted ok = RULES.check(submission("NOTARY", "2026-05-04", "FR", "PNG", "image/png"),
                abroad, PensionState.paid(), Optional.empty(), LocalDate.of(2026, 5, 4), SubmittedBy.PENSIONER);
        assertEquals(Optional.of(FileFormat.PNG), ok.format());
        assertEquals(IssuerType.NOTARY, ok.issuer());
        assertEquals(YearMonth.of(2026, 5), ok.countsFor().get(0).month());
    }
}
