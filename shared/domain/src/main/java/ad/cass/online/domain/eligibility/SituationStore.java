package ad.cass.online.domain.eligibility;

import ad.cass.online.domain.person.CassNumber;
import java.util.List;
import java.util.Optional;

/** What CASS records about people's social situation (health data: access is checked before calling). */
public interface SituationStore {
    /** Empty when nothing is recorded: then only age decides (seed 003 §4.1) and no 100 % case holds (§4.2). */
    Optional<SocialSituation> situation(CassNumber subject);

    /** Each situation replaces the one recorded for its subject. */
    void save(List<SocialSituation> situations);
}
