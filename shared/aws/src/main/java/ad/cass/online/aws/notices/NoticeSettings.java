package ad.cass.online.aws.notices;

import ad.cass.online.aws.Env;
import java.time.Duration;

/** Active notices' configuration, from the environment template.yaml sets. */
public final class NoticeSettings {
    private NoticeSettings() {
    }

    /** Where the documents are (the Documents bucket). */
    public static String documentsBucket() {
        return Env.required("DOCUMENTS_BUCKET");
    }

    /** Issue 17: a download link works 5 minutes. */
    public static Duration linkValidity() {
        return Duration.ofSeconds(Env.integer("NOTICE_LINK_SECONDS", 300));
    }
}
