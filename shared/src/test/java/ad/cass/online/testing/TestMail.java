package ad.cass.online.testing;

import ad.cass.online.aws.Env;
import ad.cass.online.aws.ses.SesClients;
import ad.cass.online.aws.ses.SesMailer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Mail through the real SES v2 client into the test engines' outbox, and reading it back. */
public final class TestMail {
    private TestMail() {
    }

    public static SesMailer mailer() {
        return Env.with(TestEngines.get().environment(), () -> new SesMailer(SesClients.create(), "no-reply@cass.ad"));
    }

    /** How many messages the outbox holds, whoever they were for. */
    public static int total() {
        try {
            return TestEngines.get().outbox().messages().size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every message sent to {@code address} so far, oldest first. */
    public static List<Map<String, String>> to(String address) {
        try {
            return TestEngines.get().outbox().messages().stream().filter(m -> address.equals(m.get("to"))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
