package ad.cass.online.aws.contact;

import ad.cass.online.aws.Env;
import ad.cass.online.domain.signin.Allowance;
import java.time.Duration;

/** The contact form's configuration, from the environment template.yaml sets. */
public final class ContactSettings {
    private ContactSettings() {
    }

    /** CASS's inbox for the portal's messages. */
    public static String inbox() {
        return Env.required("CONTACT_INBOX");
    }

    /** Messages per person, per hour. */
    public static Allowance perPerson() {
        return new Allowance(Env.integer("CONTACT_MAX_PER_PERSON_PER_HOUR", 5), Duration.ofHours(1));
    }
}
