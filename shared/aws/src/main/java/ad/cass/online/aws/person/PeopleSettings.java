package ad.cass.online.aws.person;

import ad.cass.online.aws.Env;

/** Where people and their credentials live, from the environment template.yaml sets. */
public final class PeopleSettings {
    private PeopleSettings() {
    }

    public static String peopleTable() {
        return Env.required("PEOPLE_TABLE");
    }
}
