package ad.cass.online.aws.lifecertificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.error.Unavailable;
import ad.cass.online.domain.lifecertificates.Action;
import ad.cass.online.domain.lifecertificates.ActionKey;
import ad.cass.online.domain.lifecertificates.AuditEntry;
import ad.cass.online.domain.lifecertificates.IssuerType;
import ad.cass.online.domain.lifecertificates.LifeCertificate;
import ad.cass.online.domain.lifecertificates.LifeCertificateStore;
import ad.cass.online.domain.lifecertificates.PensionRecord;
import ad.cass.online.domain.lifecertificates.PensionState;
import ad.cass.online.domain.lifecertificates.Pensioner;
import ad.cass.online.domain.lifecertificates.SubmittedBy;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.testing.RefusingAws;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * As every store (issue 15, item 4; issue 16, item 1): a throttled or unreachable DynamoDB is the domain's
 * {@link Unavailable}, for the scheduler's reads and writes and the certificate route's alike, never a refusal
 * ("done already", "changed") that a caller would act on.
 */
class LifeCertificateStoreUnavailableIT {
    static final Pensioner WHO = new Pensioner(CassNumber.of("100001A"), "FR", 123_456, false, Language.FR);
    static final PensionRecord READ = new PensionRecord(WHO, PensionState.paid(), Map.of(), Set.of(), 0);
    static final AuditEntry REQUEST = AuditEntry.notice(new ActionKey(WHO.cassNumber(), "2026-11", Action.REQUEST.name()),
            Instant.parse("2026-11-01T03:00:00Z"), AuditEntry.scheduler("run-1"), WHO);
    static final LifeCertificate CERTIFICATE = new LifeCertificate("a".repeat(64), IssuerType.NOTARY, LocalDate.of(2026, 11, 20),
            "FR", null, null, Instant.parse("2026-11-21T10:00:00Z"), SubmittedBy.STAFF, "****01A", List.of("2026-11"));
    static RefusingAws throttling;

    @BeforeAll
    static void start() {
        throttling = RefusingAws.throttlingDynamoDb();
    }

    @AfterAll
    static void stop() {
        throttling.close();
    }

    static LifeCertificateStore storeAt(String endpoint) {
        return new DynamoLifeCertificateStore(RefusingAws.dynamoAt(endpoint), "t");
    }

    static Stream<Arguments> calls() {
        return Stream.of(
                Arguments.of("save a pension", (Consumer<LifeCertificateStore>) s -> s.savePension(WHO, PensionState.paid())),
                Arguments.of("read a pension", (Consumer<LifeCertificateStore>) s -> s.pension(WHO.cassNumber())),
                Arguments.of("page a shard", (Consumer<LifeCertificateStore>) s -> s.pensioners(false, 3, null, 100)),
                Arguments.of("record an action", (Consumer<LifeCertificateStore>) s -> s.recordAction(READ, PensionState.paid(), REQUEST)),
                Arguments.of("record a certificate", (Consumer<LifeCertificateStore>) s -> s.recordCertificate(READ, CERTIFICATE, Optional.empty())),
                Arguments.of("read the audit", (Consumer<LifeCertificateStore>) s -> s.audit(WHO.cassNumber())),
                Arguments.of("read the certificates", (Consumer<LifeCertificateStore>) s -> s.certificates(WHO.cassNumber())),
                Arguments.of("save progress", (Consumer<LifeCertificateStore>) s -> s.saveProgress("run-1", 3, null, true)),
                Arguments.of("read progress", (Consumer<LifeCertificateStore>) s -> s.progress("run-1", 3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void aThrottledCallIsUnavailable(String name, Consumer<LifeCertificateStore> call) {
        LifeCertificateStore store = storeAt(throttling.endpoint());
        Unavailable e = assertThrows(Unavailable.class, () -> call.accept(store));
        assertTrue(e.what().startsWith("DynamoDB: "), e.what());
    }

    @Test
    void anUnreachableDynamoDbIsUnavailable() {
        LifeCertificateStore store = storeAt(RefusingAws.unreachable());
        Unavailable e = assertThrows(Unavailable.class, () -> store.recordAction(READ, PensionState.paid(), REQUEST));
        assertEquals("DynamoDB: SdkClientException", e.what());
    }
}
