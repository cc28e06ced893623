package ad.cass.online.domain.personalfile;

import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.procedures.Procedure;
import ad.cass.online.domain.testing.InMemoryPersonStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The personal file's store as maps, for unit tests of its rules: a fake of our own port. Like the DynamoDB
 * adapter, a write is all or nothing and is refused when the record moved on since it was read; {@link #interleave}
 * slips another session's change in before the next write.
 */
final class InMemoryPersonalFileStore implements PersonalFileStore {
    final Map<CassNumber, FileRecord> records = new HashMap<>();
    final List<FileAuditEntry> audit = new ArrayList<>();
    final List<Procedure> procedures = new ArrayList<>();
    private final InMemoryPersonStore people;
    Runnable interleave;

    InMemoryPersonalFileStore(InMemoryPersonStore people) {
        this.people = people;
    }

    @Override
    public FileRecord read(CassNumber subject) {
        return records.getOrDefault(subject, FileRecord.EMPTY);
    }

    @Override
    public void write(Change change) {
        if (interleave != null) {
            Runnable other = interleave;
            interleave = null;
            other.run();
        }
        if (read(change.subject()).version() != change.expectedVersion()) {
            throw new ChangedMeanwhile();
        }
        records.put(change.subject(), change.record());
        audit.add(0, change.audit());
        if (change.bankProcedure() != null) {
            procedures.add(change.bankProcedure());
        }
        if (change.newEmail() != null) {
            Person p = people.find(change.subject()).orElseThrow();
            people.save(new Person(p.cassNumber(), p.givenName(), p.familyName(), p.birthDate(), p.type(), p.holder(),
                    p.relation(), p.employmentStatus(), change.newEmail(), p.residenceCountry(), p.declarants()));
        }
    }

    @Override
    public void noticePosted(CassNumber subject, Instant changedAt) {
        FileRecord r = read(subject);
        if (changedAt.equals(r.emailNoticeOwed())) {
            records.put(subject, new FileRecord(r.phone(), r.address(), r.bank(), r.pendingBank(), null, r.version() + 1));
        }
    }

    @Override
    public History history(CassNumber subject, int limit, String cursor) {
        return new History(audit.stream().filter(e -> e.subject().equals(subject)).limit(limit).toList(), null);
    }

    @Override
    public Optional<String> emailBefore(CassNumber subject, Instant changedAt) {
        return audit.stream().filter(e -> e.subject().equals(subject) && e.at().equals(changedAt))
                .flatMap(e -> e.changes().stream()).filter(c -> c.field().equals("email")).map(FieldChange::before).findFirst();
    }
}
