package ad.cass.online.domain.extracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.contributions.ExtractPeriod;
import ad.cass.online.domain.error.Unavailable;
import ad.cass.online.domain.notices.ActiveNotice;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.EmploymentStatus;
import ad.cass.online.domain.person.InsuredType;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.domain.testing.InMemoryPersonStore;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the generator does with what the stores answer (issue 20), on in-memory fakes of its ports: the outcomes the
 * emulated engines cannot be made to give on demand (the store failing after the file is complete).
 */
class ExtractGeneratorTest {
    static final CassNumber JORDI = CassNumber.of("100001A");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

    /** Files kept in a map; completed ones only. */
    static final class Files implements GeneratedFiles {
        final Map<String, byte[]> complete = new HashMap<>();
        final List<String> deleted = new ArrayList<>();

        @Override
        public Upload open(String key, String contentType) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            return new Upload() {
                @Override
                public OutputStream stream() {
                    return bytes;
                }

                @Override
                public void complete() {
                    complete.put(key, bytes.toByteArray());
                }

                @Override
                public void close() {
                }
            };
        }

        @Override
        public void delete(String key) {
            deleted.add(key);
            complete.remove(key);
        }
    }

    /** One request; {@code finish} answers as told. */
    static final class Store implements ExtractStore {
        ExtractRequest request;
        RuntimeException finishFails;
        Boolean finishAnswer = true;
        int attempts;

        @Override
        public ExtractRequest createOnce(ExtractRequest r) {
            return request;
        }

        @Override
        public Optional<ExtractRequest> find(CassNumber subject, String id) {
            return Optional.ofNullable(request);
        }

        @Override
        public List<ExtractRequest> list(CassNumber subject, int limit) {
            return List.of(request);
        }

        @Override
        public boolean attempt(ExtractRequest pending) {
            attempts++;
            return request.state() == ExtractState.PENDING;
        }

        @Override
        public boolean finish(ExtractRequest ready, ActiveNotice notice, Verification verification) {
            if (finishFails != null) {
                throw finishFails;
            }
            if (finishAnswer) {
                request = ready;
            }
            return finishAnswer;
        }

        @Override
        public boolean fail(ExtractRequest failed) {
            request = failed;
            return true;
        }

        @Override
        public Optional<Verification> verification(String code) {
            return Optional.empty();
        }

        @Override
        public boolean revoke(String code, Instant at, String reason) {
            return false;
        }
    }

    static final ExtractDocuments DOCUMENTS = new ExtractDocuments() {
        @Override
        public LocalDate write(ExtractRequest request, Person person, OutputStream out) {
            try {
                out.write(("%PDF " + request.type().title()).getBytes(StandardCharsets.UTF_8));
                return null;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public String contentType(ExtractFormat format) {
            return "application/pdf";
        }
    };

    final Files files = new Files();
    final Store store = new Store();
    final InMemoryPersonStore people = new InMemoryPersonStore();
    final ExtractGenerator generator = new ExtractGenerator(store, people, DOCUMENTS, files, 3, 7, CLOCK);

    ExtractGeneratorTest() {
        people.save(new Person(JORDI, "Jordi", "Vidal Font", LocalDate.of(1981, 3, 14), InsuredType.DIRECT, null, null,
                EmploymentStatus.EMPLOYED, "jordi.vidal@example.ad", "AD", List.of()));
        store.request = ExtractRequest.pending(JORDI, "EX1", ExtractType.POINTS,
                new ExtractPeriod(ExtractPeriod.Kind.LIFE, null, YearMonth.of(2026, 11)), ExtractFormat.PDF, CLOCK.instant(), JORDI,
                "7KQ2-M9XD-4H1T-ZC8P", Language.CA);
    }

    @Test
    void readyWithTheHashOfWhatWasWritten() throws Exception {
        generator.generate(new ExtractJob("100001A", "EX1"));
        assertEquals(ExtractState.READY, store.request.state());
        byte[] written = files.complete.get(store.request.documentKey());
        assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(written)),
                store.request.sha256());
    }

    /** The store failing after the file is complete: the copy is removed, and the message comes back for another. */
    @Test
    void aCopyTheStoreCouldNotRecordIsRemoved() {
        store.finishFails = new Unavailable("DynamoDB: ThrottlingException");
        assertThrows(Unavailable.class, () -> generator.generate(new ExtractJob("100001A", "EX1")));
        assertEquals(Map.of(), files.complete, "no orphan");
        assertEquals(1, files.deleted.size());
        assertEquals(ExtractState.PENDING, store.request.state());
    }

    /** Another delivery finished it first: this one's copy goes, one document remains (the other's). */
    @Test
    void theLoserOfTwoDeliveriesRemovesItsCopy() {
        store.finishAnswer = false;
        generator.generate(new ExtractJob("100001A", "EX1"));
        assertEquals(Map.of(), files.complete);
        assertEquals(1, files.deleted.size());
    }

    @Test
    void aRequestNoLongerPendingIsLeftAlone() {
        store.request = store.request.ready("generated/x.pdf", "ab", CLOCK.instant());
        generator.generate(new ExtractJob("100001A", "EX1"));
        assertEquals(0, store.attempts);
        assertTrue(files.complete.isEmpty());
    }

    /** What the public check tells of the holder: initials, nothing more. */
    @Test
    void initialsOnly() {
        assertEquals("J. V. F.", ExtractGenerator.initials(people.find(JORDI).orElseThrow()));
    }
}
