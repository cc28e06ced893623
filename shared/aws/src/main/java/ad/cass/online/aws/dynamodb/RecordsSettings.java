package ad.cass.online.aws.dynamodb;

import ad.cass.online.aws.Env;

/** The Records table ({@link RecordsKeys}) every function that reads a person's records names (RECORDS_TABLE). */
public final class RecordsSettings {
    private RecordsSettings() {
    }

    public static String recordsTable() {
        return Env.required("RECORDS_TABLE");
    }
}
