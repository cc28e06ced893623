package ad.cass.online.aws.dynamodb;

import ad.cass.online.domain.person.CassNumber;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The Records table's layout, written once: one partition per person, one item per record, sort keys that
 * sort by date, so a Query with {@code begins_with} and {@code ScanIndexForward=false} reads newest first.
 * <pre>
 *   pk                     sk                                    what
 *   PERSON#&lt;cass number&gt;   PROCEDURE#&lt;start date&gt;#&lt;code&gt;          a procedure, its documents nested
 *   PERSON#&lt;cass number&gt;   PROCEDUREACTION#&lt;code&gt;#&lt;key digest&gt;   an accept or cancel, once per Idempotency-Key
 *   PERSON#&lt;cass number&gt;   REIMBURSEMENT#&lt;first act&gt;#&lt;sheet&gt;      a benefit sheet, its acts nested
 *   PERSON#&lt;cass number&gt;   INCOME#&lt;yyyy-MM&gt;#&lt;declarant&gt;           a month's income from one declarant, its concepts nested
 *   PERSON#&lt;cass number&gt;   POINTS#&lt;yyyy&gt;                         a year's old-age points
 *   PERSON#&lt;cass number&gt;   COVERAGE                              health cover: status, since
 *   PERSON#&lt;cass number&gt;   DOCTOR#&lt;from&gt;                         a period with a referring doctor
 *   PERSON#&lt;cass number&gt;   NOTICE#&lt;created&gt;#&lt;id&gt;                 an active notice (a document ready to download)
 *   PERSON#&lt;cass number&gt;   PAYMENT#&lt;paid on&gt;#&lt;id&gt;                a payment CASS made to the person
 *   PERSON#&lt;cass number&gt;   SICKLEAVE#&lt;start&gt;#&lt;id&gt;               a sick leave, its extensions and days paid nested
 *   PERSON#&lt;cass number&gt;   SITUATION                             what decides the third-party payer and the 100 % cases
 *   PERSON#&lt;cass number&gt;   TRAVELFORM#&lt;valid from&gt;#&lt;id&gt;          a travel form for care abroad
 *   PERSON#&lt;cass number&gt;   WORKSUSPENSION#&lt;from&gt;#&lt;declarant&gt;     a suspension of the contract or reduction of hours
 *   PERSON#&lt;cass number&gt;   CONTACT#&lt;reference&gt;                   a message the person sent CASS (the contact form)
 *   PERSON#&lt;cass number&gt;   EMPLOYMENT#&lt;from&gt;#&lt;declarant&gt;         a period of registration with a declarant
 *   PERSON#&lt;cass number&gt;   EXTRACT#&lt;id&gt;                         a document asked for, and where its generation stands
 *   PERSON#&lt;cass number&gt;   FILECHANGE#&lt;at&gt;#&lt;id&gt;                 a change of the personal file (its audit entry)
 *   PERSON#&lt;cass number&gt;   FOREIGNPERIOD#&lt;from&gt;#&lt;country&gt;      a period insured in a convention country (totalised)
 *   PERSON#&lt;cass number&gt;   PENSION                               a pension as proof of life needs it: state, received, done
 *                                                                with each action's audit entry, files counted, version
 *   PERSON#&lt;cass number&gt;   LIFECERT#&lt;file SHA-256&gt;               a life certificate received (the same file is one certificate)
 *   LIFERUN#&lt;run id&gt;       SHARD#&lt;nn&gt;                            how far a proof-of-life run got in one shard of pensioners
 *   NEWS                   NEWS#&lt;publish at&gt;#&lt;id&gt;                news CASS publishes (one partition, read through a cache)
 *   VERIFY#&lt;code&gt;          VERIFY                                what the public check of an issued document answers
 *   DECLARANT#&lt;number&gt;     EMPLOYEE#&lt;cass number&gt;#&lt;from&gt;         a registration of an employee with the declarant (issue 22)
 *   DECLARANT#&lt;number&gt;     FILE                                  the declarant's file, a change of it waiting nested
 *   DECLARANT#&lt;number&gt;     OWNBASE#&lt;effective from&gt;#&lt;chosen at&gt;   a self-employed person's choice of contribution base
 *   DECLARANT#&lt;number&gt;     SHEET#&lt;yyyy-MM&gt;                       a month's contribution sheet, its lines and payment nested
 * </pre>
 * The sort keys sort CONTACT# &lt; COVERAGE &lt; DOCTOR# &lt; EMPLOYMENT# &lt; EXTRACT# &lt; FILECHANGE# &lt; FOREIGNPERIOD# &lt; INCOME# &lt;
 * LIFECERT# &lt; NOTICE# &lt; PAYMENT# &lt; PENSION &lt; POINTS# &lt; PROCEDURE# &lt; PROCEDUREACTION# &lt; REIMBURSEMENT# &lt;
 * SICKLEAVE# &lt; SITUATION &lt; TRAVELFORM# &lt; WORKSUSPENSION#, so one range reads COVERAGE and DOCTOR# together.
 * Lines (documents, acts, concepts) are nested lists in their record's item: always read together, never alone.
 * <p>{@value #PENSIONERS_INDEX} (issue 21), sparse: only PENSION items carry its keys, {@code pensionersPk} =
 * PENSIONERS#ABROAD#&lt;shard&gt; or PENSIONERS#RESIDENT#&lt;shard&gt; (shard 00 to 15, {@link #pensionerShard}) and
 * {@code pensionersSk} = the CASS number; it projects every attribute, so a proof-of-life run reads each pensioner's
 * whole record from its page and reads nothing else per person (issue 21: within 1.5 times a bare scan).
 */
public final class RecordsKeys {
    public static final String PROCEDURE = "PROCEDURE#";
    /** Sorts after every PROCEDURE# key ('A' after '#'), so a range of procedures never reads one. */
    public static final String PROCEDURE_ACTION = "PROCEDUREACTION#";
    public static final String REIMBURSEMENT = "REIMBURSEMENT#";
    public static final String INCOME = "INCOME#";
    public static final String POINTS = "POINTS#";
    public static final String COVERAGE = "COVERAGE";
    public static final String DOCTOR = "DOCTOR#";
    public static final String NOTICE = "NOTICE#";
    public static final String TRAVEL_FORM = "TRAVELFORM#";
    public static final String CONTACT = "CONTACT#";
    public static final String EMPLOYMENT = "EMPLOYMENT#";
    public static final String FILE_CHANGE = "FILECHANGE#";
    public static final String FOREIGN_PERIOD = "FOREIGNPERIOD#";
    public static final String EXTRACT = "EXTRACT#";
    public static final String SICK_LEAVE = "SICKLEAVE#";
    public static final String SITUATION = "SITUATION";
    public static final String PAYMENT = "PAYMENT#";
    public static final String WORK_SUSPENSION = "WORKSUSPENSION#";
    public static final String NEWS = "NEWS#";
    public static final String PENSION = "PENSION";
    public static final String LIFE_CERTIFICATE = "LIFECERT#";
    public static final String LIFE_RUN = "LIFERUN#";
    public static final String PENSIONERS_INDEX = "PensionersIndex";
    public static final String PENSIONERS_PK = "pensionersPk";
    public static final String PENSIONERS_SK = "pensionersSk";
    /** Issue 21: a run pages the shards in parallel and records its progress per shard. */
    public static final int PENSIONER_SHARDS = 16;
    /** Sorts after every character a key part may hold: the open end of a range. */
    public static final String END = "~";

    private RecordsKeys() {
    }

    public static Map<String, AttributeValue> procedure(CassNumber subject, LocalDate start, String code) {
        return Attrs.key(PeopleKeys.person(subject), PROCEDURE + start + "#" + code);
    }

    public static Map<String, AttributeValue> procedureAction(CassNumber subject, String code, String keyDigest) {
        return Attrs.key(PeopleKeys.person(subject), PROCEDURE_ACTION + code + "#" + keyDigest);
    }

    public static Map<String, AttributeValue> reimbursement(CassNumber subject, LocalDate firstAct, String sheet) {
        return Attrs.key(PeopleKeys.person(subject), REIMBURSEMENT + firstAct + "#" + sheet);
    }

    public static Map<String, AttributeValue> income(CassNumber subject, YearMonth period, String declarant) {
        return Attrs.key(PeopleKeys.person(subject), INCOME + period + "#" + declarant);
    }

    public static Map<String, AttributeValue> points(CassNumber subject, int year) {
        return Attrs.key(PeopleKeys.person(subject), POINTS + year);
    }

    public static Map<String, AttributeValue> coverage(CassNumber subject) {
        return Attrs.key(PeopleKeys.person(subject), COVERAGE);
    }

    public static Map<String, AttributeValue> doctor(CassNumber subject, LocalDate from) {
        return Attrs.key(PeopleKeys.person(subject), DOCTOR + from);
    }

    public static Map<String, AttributeValue> notice(CassNumber subject, Instant created, String id) {
        return Attrs.key(PeopleKeys.person(subject), NOTICE + created + "#" + id);
    }

    public static Map<String, AttributeValue> travelForm(CassNumber subject, LocalDate validFrom, String id) {
        return Attrs.key(PeopleKeys.person(subject), TRAVEL_FORM + validFrom + "#" + id);
    }

    public static Map<String, AttributeValue> contact(CassNumber author, String reference) {
        return Attrs.key(PeopleKeys.person(author), CONTACT + reference);
    }

    public static Map<String, AttributeValue> employment(CassNumber subject, LocalDate from, String declarant) {
        return Attrs.key(PeopleKeys.person(subject), EMPLOYMENT + from + "#" + declarant);
    }

    public static Map<String, AttributeValue> foreignPeriod(CassNumber subject, LocalDate from, String country) {
        return Attrs.key(PeopleKeys.person(subject), FOREIGN_PERIOD + from + "#" + country);
    }

    public static Map<String, AttributeValue> sickLeave(CassNumber subject, LocalDate start, String id) {
        return Attrs.key(PeopleKeys.person(subject), SICK_LEAVE + start + "#" + id);
    }

    public static Map<String, AttributeValue> situation(CassNumber subject) {
        return Attrs.key(PeopleKeys.person(subject), SITUATION);
    }

    public static Map<String, AttributeValue> extract(CassNumber subject, String id) {
        return Attrs.key(PeopleKeys.person(subject), EXTRACT + id);
    }

    /** A verification record: its own partition, so the public check reads it by the code alone. */
    public static Map<String, AttributeValue> verification(String code) {
        return Attrs.key("VERIFY#" + code, "VERIFY");
    }

    public static Map<String, AttributeValue> payment(CassNumber subject, LocalDate paidOn, String id) {
        return Attrs.key(PeopleKeys.person(subject), PAYMENT + paidOn + "#" + id);
    }

    public static Map<String, AttributeValue> workSuspension(CassNumber subject, LocalDate from, String declarant) {
        return Attrs.key(PeopleKeys.person(subject), WORK_SUSPENSION + from + "#" + declarant);
    }

    public static Map<String, AttributeValue> fileChange(CassNumber subject, Instant at, String id) {
        return Attrs.key(PeopleKeys.person(subject), FILE_CHANGE + at + "#" + id);
    }

    public static Map<String, AttributeValue> pension(CassNumber pensioner) {
        return Attrs.key(PeopleKeys.person(pensioner), PENSION);
    }

    /** Keyed by the file's SHA-256: the same file sent twice is one certificate (issue 21). */
    public static Map<String, AttributeValue> lifeCertificate(CassNumber pensioner, String sha256) {
        return Attrs.key(PeopleKeys.person(pensioner), LIFE_CERTIFICATE + sha256);
    }

    public static Map<String, AttributeValue> lifeRun(String runId, int shard) {
        return Attrs.key(LIFE_RUN + runId, "SHARD#" + twoDigits(shard));
    }

    /** The {@value #PENSIONERS_INDEX} partition of one shard of residents or of pensioners abroad. */
    public static String pensioners(boolean residents, int shard) {
        if (shard < 0 || shard >= PENSIONER_SHARDS) {
            throw new IllegalArgumentException("shard must be 0 to " + (PENSIONER_SHARDS - 1) + ", was " + shard);
        }
        return (residents ? "PENSIONERS#RESIDENT#" : "PENSIONERS#ABROAD#") + twoDigits(shard);
    }

    /**
     * A pensioner's shard: the first byte of SHA-256 of the CASS number, mod 16. Stable (a person never moves), and
     * even however CASS numbers were handed out, where their digits would not be.
     */
    public static int pensionerShard(CassNumber pensioner) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(pensioner.value().getBytes(StandardCharsets.US_ASCII));
            return (digest[0] & 0xFF) % PENSIONER_SHARDS;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    public static final String DECLARANT = "DECLARANT#";
    public static final String DECLARANT_FILE = "FILE";
    public static final String EMPLOYEE = "EMPLOYEE#";
    public static final String OWN_BASE = "OWNBASE#";
    public static final String SHEET = "SHEET#";

    /** Issue 22: a declarant's partition, everything of it in one Query. */
    public static String declarant(String number) {
        return DECLARANT + number;
    }

    public static Map<String, AttributeValue> declarantFile(String number) {
        return Attrs.key(declarant(number), DECLARANT_FILE);
    }

    public static Map<String, AttributeValue> sheet(String number, YearMonth period) {
        return Attrs.key(declarant(number), SHEET + period);
    }

    public static Map<String, AttributeValue> employee(String number, CassNumber employee, LocalDate from) {
        return Attrs.key(declarant(number), EMPLOYEE + employee.value() + "#" + from);
    }

    public static Map<String, AttributeValue> ownBase(String number, LocalDate effectiveFrom, Instant chosenAt) {
        return Attrs.key(declarant(number), OWN_BASE + effectiveFrom + "#" + chosenAt);
    }

    /** The one partition of the news. */
    public static final String NEWS_PARTITION = "NEWS";

    public static Map<String, AttributeValue> news(Instant publishAt, String id) {
        return Attrs.key(NEWS_PARTITION, NEWS + publishAt + "#" + id);
    }
}
