package ad.cass.online.domain.eligibility;

import ad.cass.online.domain.person.CassNumber;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The situation store as a map, for unit tests of the rules (a fake of our own port). */
final class InMemorySituationStore implements SituationStore {
    private final Map<CassNumber, SocialSituation> situations = new LinkedHashMap<>();

    @Override
    public Optional<SocialSituation> situation(CassNumber subject) {
        return Optional.ofNullable(situations.get(subject));
    }

    @Override
    public void save(List<SocialSituation> list) {
        list.forEach(s -> situations.put(s.subject(), s));
    }
}
