package ad.cass.online.domain.access;

import ad.cass.online.domain.error.Forbidden;
import ad.cass.online.domain.person.CassNumber;

/**
 * Object-level access, checked on every read and write.
 * <p>Seed 000, §1.1: "Les persones que tenen al càrrec seu persones assegurades indirectes poden [...]
 * consultar dades i gestionar tràmits de la persona assegurada indirecta, amb l'excepció de les dades i
 * els tràmits relacionats amb l'activitat professional." Anyone else's data is closed.
 */
public final class AccessPolicy {
    static final String NOT_YOURS = "No teniu accés a les dades d'aquesta persona.";
    static final String DEPENDANT_PROFESSIONAL =
            "Les dades relacionades amb l'activitat professional d'una persona assegurada indirecta no es poden consultar des del compte de la persona assegurada directa.";
    static final String NOT_YOUR_DECLARANT = "No teniu accés a aquest declarant.";

    private AccessPolicy() {
    }

    public static boolean allows(Actor actor, CassNumber subject, DataCategory category) {
        if (actor.self().equals(subject)) {
            return true;
        }
        return actor.dependants().contains(subject) && category != DataCategory.PROFESSIONAL;
    }

    public static void require(Actor actor, CassNumber subject, DataCategory category) {
        if (allows(actor, subject, category)) {
            return;
        }
        throw new Forbidden(actor.dependants().contains(subject) ? DEPENDANT_PROFESSIONAL : NOT_YOURS);
    }

    /** A declarant's data (self-employed, household employer) is only for the person who holds that role. */
    public static void requireDeclarant(Actor actor, String declarantNumber) {
        if (!actor.declarantNumbers().contains(declarantNumber)) {
            throw new Forbidden(NOT_YOUR_DECLARANT);
        }
    }
}
