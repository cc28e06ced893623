package ad.cass.online.domain.settings;

import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.identity.Principal;

/**
 * Seed 000 §2.2.3 (Configuració): the signed-in person's own settings, whichever profile they act as (acting for
 * a dependant does not change the holder's language). The guard only confirms who is signed in.
 */
public final class SettingsService {
    private final AccessGuard guard;
    private final SettingsStore store;

    public SettingsService(AccessGuard guard, SettingsStore store) {
        this.guard = guard;
        this.store = store;
    }

    public Settings of(Principal caller) {
        return store.of(guard.acting(caller).household().person().cassNumber());
    }

    public Settings replace(Principal caller, Settings settings) {
        store.save(guard.acting(caller).household().person().cassNumber(), settings);
        return settings;
    }
}
