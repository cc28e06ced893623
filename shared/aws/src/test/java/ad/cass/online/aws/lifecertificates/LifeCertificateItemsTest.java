package ad.cass.online.aws.lifecertificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.dynamodb.Attrs;
import ad.cass.online.aws.dynamodb.RecordsKeys;
import ad.cass.online.domain.lifecertificates.ActionKey;
import ad.cass.online.domain.lifecertificates.AuditEntry;
import ad.cass.online.domain.lifecertificates.IssuerType;
import ad.cass.online.domain.lifecertificates.LifeCertificate;
import ad.cass.online.domain.lifecertificates.LifeCertificateStore.RunProgress;
import ad.cass.online.domain.lifecertificates.PensionRecord;
import ad.cass.online.domain.lifecertificates.PensionState;
import ad.cass.online.domain.lifecertificates.Pensioner;
import ad.cass.online.domain.lifecertificates.SubmittedBy;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.settings.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The proof-of-life items' keys, as RecordsKeys' layout says, and each record through its item and back. */
class LifeCertificateItemsTest {
    static final CassNumber WHO = CassNumber.of("123456A");
    static final String SHA = "0123456789abcdef".repeat(4);

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource(delimiter = '|', value = {
            "pension     | PERSON#123456A      | PENSION",
            "certificate | PERSON#123456A      | LIFECERT#0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
            "run         | LIFERUN#2027-01-01a | SHARD#03"})
    void keysFollowTheLayout(String item, String pk, String sk) {
        Map<String, AttributeValue> key = switch (item) {
            case "pension" -> RecordsKeys.pension(WHO);
            case "certificate" -> RecordsKeys.lifeCertificate(WHO, SHA);
            default -> RecordsKeys.lifeRun("2027-01-01a", 3);
        };
        assertEquals(Attrs.key(pk, sk), key);
    }

    @ParameterizedTest(name = "residents {0}, shard {1}: {2}")
    @CsvSource({"false, 0, PENSIONERS#ABROAD#00", "false, 7, PENSIONERS#ABROAD#07", "true, 15, PENSIONERS#RESIDENT#15"})
    void indexPartitions(boolean residents, int shard, String partition) {
        assertEquals(partition, RecordsKeys.pensioners(residents, shard));
    }

    @Test
    void aShardIsStableAndInRange() {
        assertThrows(IllegalArgumentException.class, () -> RecordsKeys.pensioners(false, 16));
        assertThrows(IllegalArgumentException.class, () -> RecordsKeys.pensioners(true, -1));
        long used = IntStream.range(0, 1_000).map(i -> RecordsKeys.pensionerShard(CassNumber.of((200_000 + i) + "B")))
                .peek(shard -> assertTrue(shard >= 0 && shard < 16)).distinct().count();
        assertEquals(16, used, "a thousand numbers fill every shard");
        assertEquals(RecordsKeys.pensionerShard(WHO), RecordsKeys.pensionerShard(CassNumber.of("123456A")));
    }

    @Test
    void aPensionItemCarriesItsIndexKeysAndReadsBack() {
        Pensioner abroad = new Pensioner(WHO, "PT", 99, true, Language.ES);
        PensionState closed = PensionState.suspended(LocalDate.of(2027, 1, 1), "2026-11").closed(LocalDate.of(2029, 12, 31));
        Map<String, AttributeValue> item = LifeCertificateItems.pension(abroad, closed);
        assertEquals(RecordsKeys.pensioners(false, RecordsKeys.pensionerShard(WHO)), item.get(RecordsKeys.PENSIONERS_PK).s());
        assertEquals("123456A", item.get(RecordsKeys.PENSIONERS_SK).s());
        assertEquals(new PensionRecord(abroad, closed, Map.of(), Set.of(), 0), LifeCertificateItems.pension(item));
        assertTrue(LifeCertificateItems.pension(new Pensioner(WHO, "AD", 99, false, Language.CA), PensionState.paid())
                .get(RecordsKeys.PENSIONERS_PK).s().startsWith("PENSIONERS#RESIDENT#"));
    }

    @Test
    void certificatesActionsAndProgressReadBack() {
        LifeCertificate staff = new LifeCertificate(SHA, IssuerType.OVAC_VIDEO_CALL, LocalDate.of(2026, 11, 20), "FR", null, null,
                Instant.parse("2026-11-20T09:30:00Z"), SubmittedBy.STAFF, "****56A", List.of("2026-11", "2027-05"));
        assertEquals(staff, LifeCertificateItems.certificate(LifeCertificateItems.certificate(WHO, staff)));
        AuditEntry closure = AuditEntry.closure(new ActionKey(WHO, "2026-11", "CLOSURE"), Instant.parse("2029-12-31T03:00:00Z"),
                AuditEntry.scheduler("r1"), PensionState.suspended(LocalDate.of(2027, 1, 1), "2026-11").closed(LocalDate.of(2029, 12, 31)));
        Map<String, AttributeValue> pension = LifeCertificateItems.pension(new Pensioner(WHO, "FR", 1, false, Language.FR),
                PensionState.paid());
        pension.put(LifeCertificateItems.AUDIT, Attrs.m(Map.of(closure.key().sortKey(), LifeCertificateItems.audit(closure))));
        assertEquals(List.of(closure), LifeCertificateItems.audit(WHO, pension));
        assertEquals(new RunProgress("r1", 3, null, true), LifeCertificateItems.progress(LifeCertificateItems.progress("r1", 3, null, true)));
        assertEquals(new ActionKey(WHO, "CV-2026-12", "REMINDER-7"), LifeCertificateItems.actionKey(WHO, "CV-2026-12#REMINDER-7"));
    }
}
