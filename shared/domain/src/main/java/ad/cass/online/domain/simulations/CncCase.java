package ad.cass.online.domain.simulations;

import ad.cass.online.domain.error.InvalidInput;

/**
 * What the non-contributory complement simulator is asked (seed 003 §2.1), checked on construction.
 *
 * @param group               the invalidity group, 1 (can keep working) or 2 (cannot), seed 003 §1.2
 * @param pensionCents        the monthly invalidity pension CASS pays
 * @param foreignPensionCents the monthly pensions paid abroad ("i pensió estrangera"), 0 when none
 */
public record CncCase(int group, long pensionCents, long foreignPensionCents, boolean residentInAndorra,
                      boolean hasSolidarityPension) {
    static final String GROUP = "El grup d'invalidesa ha de ser 1 o 2.";

    public CncCase {
        if (group != 1 && group != 2) {
            throw new InvalidInput("group", GROUP);
        }
        Checks.amount("pensionCents", pensionCents);
        Checks.amount("foreignPensionCents", foreignPensionCents);
    }
}
