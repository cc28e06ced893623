package ad.cass.online.aws.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.Env;
import ad.cass.online.aws.ses.SesClients;
import ad.cass.online.domain.mail.Mail;
import ad.cass.online.domain.mail.Mailer;
import ad.cass.online.testing.RefusingAws;
import ad.cass.online.testing.TestEngines;
import ad.cass.online.testing.TestMail;
import ad.cass.online.testing.TestStack;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SES adapter through the real SesV2Client into the emulator's SES and the local outbox. */
class SesMailerIT {

    @Test
    void aSentMailLandsInTheOutboxReadable() throws Exception {
        var engines = TestEngines.get();
        int before = engines.outbox().messages().size();
        SesMailer mailer = TestMail.mailer(TestStack.create()); // deploying verifies the sender, MailFrom
        mailer.send(new Mail("jordi.vidal@example.ad", "Recuperació del PIN de la CASS",
                "Bon dia,\nfeu clic a l'enllaç per activar la contrasenya.", null));
        List<Map<String, String>> messages = engines.outbox().messages();
        assertEquals(before + 1, messages.size());
        Map<String, String> last = messages.get(messages.size() - 1);
        assertEquals("jordi.vidal@example.ad", last.get("to"));
        assertEquals("no-reply@cass.ad", last.get("from"));
        assertEquals("Recuperació del PIN de la CASS", last.get("subject"));
        assertTrue(last.get("text").contains("activar la contrasenya"));
    }

    @Test
    void anUnreachableServiceIsMailNotSent() {
        Map<String, String> env = new java.util.HashMap<>(TestEngines.get().environment());
        env.put("AWS_ENDPOINT_URL_SESV2", "http://127.0.0.1:9"); // discard port: nothing listens
        SesMailer mailer = Env.with(env, () -> new SesMailer(SesClients.create(), "no-reply@cass.ad"));
        Mailer.MailNotSent e = assertThrows(Mailer.MailNotSent.class, () -> mailer.send(new Mail("a@example.ad", "s", "t", null)));
        assertTrue(e.getMessage().startsWith("SES unreachable: SdkClientException caused by "), e.getMessage());
    }

    @Test
    void aRefusalIsReportedWithoutTheAddressSesNamesInIt() {
        try (RefusingAws ses = RefusingAws.rejectingSes("jordi.vidal@example.ad")) {
            Map<String, String> env = new java.util.HashMap<>(TestEngines.get().environment());
            env.put("AWS_ENDPOINT_URL_SESV2", ses.endpoint());
            SesMailer mailer = Env.with(env, () -> new SesMailer(SesClients.create(), "no-reply@cass.ad"));
            Mailer.MailNotSent e = assertThrows(Mailer.MailNotSent.class,
                    () -> mailer.send(new Mail("jordi.vidal@example.ad", "s", "t", null)));
            assertTrue(e.getMessage().startsWith("SES refused: MessageRejected (HTTP 400"), e.getMessage());
            assertNull(e.getCause(), "SES's own message, which names the address, goes no further");
            assertFalse(e.getMessage().contains("example.ad"));
        }
    }
}
