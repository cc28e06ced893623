package ad.cass.online.domain.contact;

import ad.cass.online.domain.error.InvalidInput;
import java.util.regex.Pattern;

/**
 * What the contact form sends (seed 000 §2.2.4): a subject, a message, the address to answer to, and the
 * acceptance of the conditions, without which nothing is sent.
 */
public record ContactRequest(String subject, String message, String replyEmail, boolean conditionsAccepted) {
    public static final int MAX_SUBJECT = 120;
    public static final int MAX_MESSAGE = 4000;
    /** Plausible, not RFC 5322: SES refuses what it cannot deliver to, and the answer comes from a person. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]{2,}");

    public ContactRequest {
        if (subject == null || subject.isBlank()) {
            throw new InvalidInput("subject", "Cal indicar l'assumpte.");
        }
        if (subject.length() > MAX_SUBJECT) {
            throw new InvalidInput("subject", "L'assumpte és massa llarg (màxim {0} caràcters).", MAX_SUBJECT);
        }
        if (message == null || message.isBlank()) {
            throw new InvalidInput("message", "Cal escriure el missatge.");
        }
        if (message.length() > MAX_MESSAGE) {
            throw new InvalidInput("message", "El missatge és massa llarg (màxim {0} caràcters).", MAX_MESSAGE);
        }
        if (replyEmail == null || !EMAIL.matcher(replyEmail.trim()).matches()) {
            throw new InvalidInput("replyEmail", "L'adreça de correu electrònic per a la resposta no és vàlida.");
        }
        if (!conditionsAccepted) {
            throw new InvalidInput("conditionsAccepted", "Cal acceptar les condicions per enviar el missatge.");
        }
        replyEmail = replyEmail.trim();
    }
}
