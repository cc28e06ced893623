package ad.cass.online.bench.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who a client is: a demo person signing in with the PIN (or, now and then, their government certificate), or a CASS
 * digital certificate (contract) that acts only as its declarant. Clients take the personas in turn, so each person
 * holds a few sessions at once, as one who signs in on a phone and a laptop.
 *
 * @param person   the CASS number whose sessions these are
 * @param contract the contract number of a CASS digital certificate, or null for a PIN sign-in
 */
record Persona(String person, String contract) {
    /** What the sessions template.yaml allows one person (SESSION_MAX_PER_PERSON): a new one would end the oldest. */
    static final int SESSIONS_PER_PERSON = 10;

    /** Every demo person with access of their own (README, "Demo people"), and two contracts. */
    static final List<Persona> ALL = List.of(
            new Persona("100001A", null), // acts for his two dependants
            new Persona("100003C", null),
            new Persona("100004D", null), // three profiles: own, self-employed, household employer
            new Persona("100005E", null),
            new Persona("100006F", null),
            new Persona("100007G", null),
            new Persona("100009J", null), // own, and the company he administers
            new Persona("100004D", "CD-0451-2019"),
            new Persona("100009J", "CD-0940-2024"));

    boolean byContract() {
        return contract != null;
    }

    /** Client {@code i}'s persona. */
    static Persona of(int client) {
        return ALL.get(client % ALL.size());
    }

    /**
     * Refuses more clients than the people have sessions for: past {@link #SESSIONS_PER_PERSON} a sign-in ends another
     * client's session, and its next request would be a 401 that is the rule working, not a fault.
     */
    static void checkFits(int clients) {
        Map<String, Integer> sessions = new HashMap<>();
        for (int i = 0; i < clients; i++) {
            sessions.merge(of(i).person(), 1, Integer::sum);
        }
        sessions.forEach((person, count) -> {
            if (count > SESSIONS_PER_PERSON) {
                throw new IllegalArgumentException(clients + " clients give " + person + " " + count + " sessions at once; a person"
                        + " holds at most " + SESSIONS_PER_PERSON + " (SESSION_MAX_PER_PERSON)");
            }
        });
    }
}
