package ad.cass.online.domain.settings;

import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.identity.Principal;
import ad.cass.online.domain.identity.SessionStore;
import ad.cass.online.domain.person.CassNumber;

/**
 * Seed 000 §2.2.3 (Configuració): the signed-in person's own settings, whichever profile they act as (acting for
 * a dependant does not change the holder's language). The guard only confirms who is signed in. A new language
 * also goes to the person's live sessions, which carry it (issue 17), so their very next answer is in it.
 */
public final class SettingsService {
    private final AccessGuard guard;
    private final SettingsStore store;
    private final SessionStore sessions;

    /** @param sessions where the person's live sessions learn a new language */
    public SettingsService(AccessGuard guard, SettingsStore store, SessionStore sessions) {
        this.guard = guard;
        this.store = store;
        this.sessions = sessions;
    }

    public Settings of(Principal caller) {
        return store.of(guard.acting(caller).household().person().cassNumber());
    }

    public Settings replace(Principal caller, Settings settings) {
        CassNumber person = guard.acting(caller).household().person().cassNumber();
        store.save(person, settings);
        // every session, not only the caller's: the person may be signed in elsewhere too. After the settings,
        // so that should this fail, the same PUT again finishes the change.
        sessions.changeLanguage(person, settings.language());
        return settings;
    }
}
