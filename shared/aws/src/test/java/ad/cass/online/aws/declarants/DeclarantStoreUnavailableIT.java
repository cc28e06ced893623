package ad.cass.online.aws.declarants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.declarants.ContributionSheet;
import ad.cass.online.domain.declarants.DeclarantFile;
import ad.cass.online.domain.declarants.DeclarantStore;
import ad.cass.online.domain.declarants.OwnAccountChoice;
import ad.cass.online.domain.error.Unavailable;
import ad.cass.online.testing.RefusingAws;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * As every store (issue 22: "nothing half-written when a store fails"): a throttled or unreachable DynamoDB is the
 * domain's {@link Unavailable} (a 503 with Retry-After), never a refusal ("declared already", "a change waits") that
 * the declarant would act on; each write is one request, so a failed one wrote nothing.
 */
class DeclarantStoreUnavailableIT {
    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    static final ContributionSheet SHEET = new ContributionSheet("820451", YearMonth.of(2026, 11), List.of(), T0,
            LocalDate.of(2026, 12, 31), "key-1", null);
    static RefusingAws throttling;

    @BeforeAll
    static void start() {
        throttling = RefusingAws.throttlingDynamoDb();
    }

    @AfterAll
    static void stop() {
        throttling.close();
    }

    static DeclarantStore storeAt(String endpoint) {
        return new DynamoDeclarantStore(RefusingAws.dynamoAt(endpoint), "t");
    }

    static Stream<Arguments> calls() {
        return Stream.of(
                Arguments.of("read the file", (Consumer<DeclarantStore>) s -> s.file("820451")),
                Arguments.of("read the sheets", (Consumer<DeclarantStore>) s -> s.sheets("820451")),
                Arguments.of("declare a month", (Consumer<DeclarantStore>) s -> s.declare(SHEET)),
                Arguments.of("order a payment", (Consumer<DeclarantStore>) s -> s.order(SHEET,
                        new ContributionSheet.Payment("CASS-820451-202611", T0, 100, null))),
                Arguments.of("read the employees", (Consumer<DeclarantStore>) s -> s.employees("820451")),
                Arguments.of("read the bases", (Consumer<DeclarantStore>) s -> s.ownAccountChoices("820451")),
                Arguments.of("choose a base", (Consumer<DeclarantStore>) s -> s.chooseOwnAccountBase(new OwnAccountChoice("820451", 2027,
                        BigDecimal.valueOf(100), 273_119, LocalDate.of(2027, 1, 1), T0))),
                Arguments.of("mark a change", (Consumer<DeclarantStore>) s -> s.markChangePending("820451",
                        new DeclarantFile.PendingChange("TA2026-000001", LocalDate.of(2026, 12, 1), Map.of("phone", "+376812346")))),
                Arguments.of("record a payment", (Consumer<DeclarantStore>) s -> s.recordPaid("820451", YearMonth.of(2026, 11),
                        "CASS-820451-202611", 100, LocalDate.of(2026, 12, 1))),
                Arguments.of("apply a change", (Consumer<DeclarantStore>) s -> s.applyChange("820451", "TA2026-000001")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void aThrottledCallIsUnavailable(String name, Consumer<DeclarantStore> call) {
        DeclarantStore store = storeAt(throttling.endpoint());
        Unavailable e = assertThrows(Unavailable.class, () -> call.accept(store));
        assertTrue(e.what().startsWith("DynamoDB: "), e.what());
    }

    @Test
    void anUnreachableDynamoDbIsUnavailable() {
        DeclarantStore store = storeAt(RefusingAws.unreachable());
        Unavailable e = assertThrows(Unavailable.class, () -> store.declare(SHEET));
        assertEquals("DynamoDB: SdkClientException", e.what());
    }
}
