package ad.cass.online.domain.signin;

import ad.cass.online.domain.person.CassNumber;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** PIN hashes (Argon2id, PHC string format), kept beside the person they belong to. */
public interface CredentialStore {
    /** The person, their PIN hash and their dependants' numbers, in a single read. */
    Optional<Account> account(CassNumber cassNumber);

    void savePinHash(CassNumber cassNumber, String pinHash);

    /** Those among {@code people} who hold a PIN of their own (seed 000 §1.1: a dependant may get their own access). */
    Set<CassNumber> withOwnAccess(Collection<CassNumber> people);

    /** Who holds the government certificate whose subject carries this SERIALNUMBER. */
    Optional<CassNumber> findByGovernmentId(String governmentId);

    void linkGovernmentId(String governmentId, CassNumber cassNumber);
}
