package ad.cass.online.domain.personalfile;

import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.procedures.Procedure;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The personal file's own records and its audit trail. A change is one {@link Change}, written whole or not
 * at all; access is checked before calling.
 */
public interface PersonalFileStore {
    /** The file's record, {@link FileRecord#EMPTY} when the person has none yet. */
    FileRecord read(CassNumber subject);

    /**
     * Writes a change: the person's e-mail (where sign-in reads it, and the copy under their holder), the
     * file's record at {@code expectedVersion}, the audit entry, and a bank change's procedure.
     *
     * @throws ChangedMeanwhile when the record is no longer at {@code expectedVersion}; nothing was written
     */
    void write(Change change);

    /** The notice of the e-mail change made at {@code changedAt} is posted: the file owes it no more. */
    void noticePosted(CassNumber subject, Instant changedAt);

    /** The audit trail, newest first, a page at a time ({@code cursor} null for the first). */
    History history(CassNumber subject, int limit, String cursor);

    /** The address the e-mail change made at {@code changedAt} replaced, from its audit entry. */
    Optional<String> emailBefore(CassNumber subject, Instant changedAt);

    /**
     * @param holder       the subject's holder when the subject is a dependant (their copy carries the e-mail)
     * @param newEmail     null when the e-mail does not change
     * @param record       the record as it is to be written, its version one more than {@code expectedVersion}
     * @param bankProcedure null unless a bank change is filed
     */
    record Change(CassNumber subject, CassNumber holder, String newEmail, FileRecord record, long expectedVersion,
                  FileAuditEntry audit, Procedure bankProcedure) {
    }

    /** @param next null on the last page */
    record History(List<FileAuditEntry> entries, String next) {
        public History {
            entries = List.copyOf(entries);
        }
    }

    /** Another change was written since the record was read: read again and retry. */
    final class ChangedMeanwhile extends RuntimeException {
        public ChangedMeanwhile() {
            super("the personal file changed meanwhile", null, false, false);
        }
    }
}
