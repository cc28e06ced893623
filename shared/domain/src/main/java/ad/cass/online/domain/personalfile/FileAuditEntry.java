package ad.cass.online.domain.personalfile;

import ad.cass.online.domain.access.AccessEntry;
import ad.cass.online.domain.person.CassNumber;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One change of a personal file (issue 17): who made it and in which capacity (the person, or the direct
 * insured person acting for a dependant), when, and each field with its old and new value. A bank change
 * names the procedure it was filed as, since the account itself only changes when CASS confirms.
 */
public record FileAuditEntry(String id, CassNumber subject, CassNumber actor, AccessEntry.Capacity capacity, Instant at,
                             List<FieldChange> changes, String procedureCode) {
    public FileAuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(at, "at");
        changes = List.copyOf(changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("an audit entry records at least one change");
        }
    }
}
