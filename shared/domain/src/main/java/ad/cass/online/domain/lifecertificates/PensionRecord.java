package ad.cass.online.domain.lifecertificates;

import ad.cass.online.domain.person.CassNumber;
import java.util.Map;
import java.util.Set;

/**
 * A pension as the store holds it for proof of life: the pensioner, where the pension stands, the certificates counted
 * so far per campaign, the actions already recorded, and the version every write is conditioned on (issue 21: a
 * certificate and the deadline run racing for one person, the second to write sees the version moved, re-reads and
 * plans again).
 *
 * @param received campaign id → number of distinct valid certificates counted for it
 * @param done         every action recorded for this person, any campaign (what {@link CampaignPlan#due} leaves out)
 * @param version      0 when saved, one more on each recorded action or certificate
 * @param lettersOwed  actions a run recorded whose letter it has not yet confirmed sent: written with the action, in
 *                     the same write, and cleared once the letter went (issue 23: a run killed between the two leaves
 *                     the letter owed, and the next run sends it, instead of the pensioner never hearing of it)
 */
public record PensionRecord(Pensioner pensioner, PensionState state, Map<String, Integer> received, Set<ActionKey> done,
                            long version, Set<ActionKey> lettersOwed) {

    public PensionRecord {
        if (pensioner == null || state == null || version < 0) {
            throw new IllegalArgumentException("a pension record needs its pensioner, its state and a version of 0 or more");
        }
        received = received == null ? Map.of() : Map.copyOf(received);
        done = done == null ? Set.of() : Set.copyOf(done);
        lettersOwed = lettersOwed == null ? Set.of() : Set.copyOf(lettersOwed);
    }

    /** A record that owes no letter. */
    public PensionRecord(Pensioner pensioner, PensionState state, Map<String, Integer> received, Set<ActionKey> done, long version) {
        this(pensioner, state, received, done, version, Set.of());
    }

    public CassNumber cassNumber() {
        return pensioner.cassNumber();
    }

    /**
     * The record as a write of {@code action} left it: the version read plus one, which is exactly what the store
     * wrote, since the write was conditioned on that version. Lets a run plan its next action without reading again.
     */
    public PensionRecord after(ActionKey action, PensionState newState) {
        Set<ActionKey> withIt = new java.util.HashSet<>(done);
        withIt.add(action);
        Set<ActionKey> owed = new java.util.HashSet<>(lettersOwed);
        owed.add(action);
        return new PensionRecord(pensioner, newState, received, withIt, version + 1, owed);
    }

    /** The record once {@code action}'s letter is confirmed sent (the store's mark cleared; the version unchanged). */
    public PensionRecord lettered(ActionKey action) {
        Set<ActionKey> owed = new java.util.HashSet<>(lettersOwed);
        owed.remove(action);
        return new PensionRecord(pensioner, state, received, done, version, owed);
    }

    /** The certificates counted for a campaign: 0 when none came. */
    public int received(String campaignId) {
        return received.getOrDefault(campaignId, 0);
    }
}
