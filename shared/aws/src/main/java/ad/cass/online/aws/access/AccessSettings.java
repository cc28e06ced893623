package ad.cass.online.aws.access;

import ad.cass.online.aws.Env;

/** Where every data function writes its access log (template.yaml, ACCESS_LOG_TABLE). */
public final class AccessSettings {
    private AccessSettings() {
    }

    public static String accessLogTable() {
        return Env.required("ACCESS_LOG_TABLE");
    }
}
