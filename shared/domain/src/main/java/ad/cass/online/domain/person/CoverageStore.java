package ad.cass.online.domain.person;

import java.util.Optional;

/** Whether CASS covers a person's health care (seed 000 §2.2.1), for what certifies it: the wallet's card, certificates. */
public interface CoverageStore {
    Optional<Coverage> coverage(CassNumber subject);
}
