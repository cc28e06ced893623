package ad.cass.online.domain.port;

import ad.cass.online.domain.person.CassNumber;
import java.util.Optional;

/** PIN hashes (Argon2id, PHC string format), kept apart from the person's data. */
public interface CredentialStore {
    Optional<String> pinHash(CassNumber cassNumber);

    void savePinHash(CassNumber cassNumber, String pinHash);
}
