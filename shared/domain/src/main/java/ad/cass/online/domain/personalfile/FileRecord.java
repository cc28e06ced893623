package ad.cass.online.domain.personalfile;

import java.time.Instant;

/**
 * What the personal file keeps besides the person's identity (their e-mail lives with the person, where
 * sign-in reads it): phone, postal address, bank account, a bank change waiting for CASS, and an e-mail
 * change whose notice to the old address has not been posted yet. {@code version} counts the writes, so two
 * changes made at once cannot overwrite each other.
 *
 * @param bank             null when CASS holds no account for the person
 * @param pendingBank      null when no change waits
 * @param emailNoticeOwed  when the e-mail changed, while the notice to the old address is still to post
 */
public record FileRecord(String phone, PostalAddress address, BankAccount bank, BankChangeRequest pendingBank,
                         Instant emailNoticeOwed, long version) {
    public static final FileRecord EMPTY = new FileRecord(null, null, null, null, null, 0);
}
