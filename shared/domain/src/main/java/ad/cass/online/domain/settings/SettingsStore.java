package ad.cass.online.domain.settings;

import ad.cass.online.domain.person.CassNumber;

/** Where a person's settings are kept. */
public interface SettingsStore {
    /** {@link Settings#DEFAULT} for a person who never chose. */
    Settings of(CassNumber person);

    void save(CassNumber person, Settings settings);
}
