package ad.cass.online.domain.signin;

import ad.cass.online.domain.mail.Mail;
import ad.cass.online.domain.person.Person;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The e-mails sign-in sends, in Catalan (the portal's first language). Times are Europe/Andorra. */
public final class Notices {
    static final ZoneId ANDORRA = ZoneId.of("Europe/Andorra");
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'a les' HH:mm");
    private static final String SIGNATURE = "\n\nCaixa Andorrana de Seguretat Social\nCentre d'Atenció a l'Usuari: 870 871 · cau@cass.ad\n"
            + "\nAquest missatge s'ha enviat automàticament. No hi respongueu.";

    private Notices() {
    }

    /**
     * Seed 000, §1.1.3: an e-mail with a link to activate the password; §1.1.4: valid for 120 minutes. The
     * mail is written when it leaves the queue, so it says until when rather than for how long.
     */
    static Mail pinReset(Person person, URI link, Instant validUntil) {
        return new Mail(person.email(), "CASS Online: recuperació del PIN",
                "Bon dia, " + person.givenName() + ",\n\n"
                        + "Hem rebut una sol·licitud per recuperar el PIN del vostre accés a CASS Online.\n"
                        + "Per triar un PIN nou, obriu aquest enllaç:\n\n" + link + "\n\n"
                        + "L'enllaç és vàlid fins al " + WHEN.format(validUntil.atZone(ANDORRA))
                        + " i només es pot fer servir una vegada. "
                        + "Si caduca, torneu a sol·licitar la recuperació del PIN a CASS Online.\n\n"
                        + "Si no heu fet aquesta sol·licitud, no cal que feu res: el vostre PIN actual continua sent vàlid."
                        + SIGNATURE, null);
    }

    static Mail pinChanged(Person person, Instant when) {
        return new Mail(person.email(), "CASS Online: el vostre PIN s'ha canviat",
                "Bon dia, " + person.givenName() + ",\n\n"
                        + "El PIN del vostre accés a CASS Online s'ha canviat el " + WHEN.format(when.atZone(ANDORRA)) + ".\n"
                        + "Per seguretat, s'han tancat totes les sessions obertes.\n\n"
                        + "Si no heu estat vosaltres, contacteu de seguida amb la CASS."
                        + SIGNATURE, null);
    }

    /** @param credential what was locked, as the sentence needs it: "el PIN", "el certificat digital de la CASS" */
    static Mail locked(Person person, String credential, Instant until) {
        return new Mail(person.email(), "CASS Online: accés bloquejat temporalment",
                "Bon dia, " + person.givenName() + ",\n\n"
                        + "S'han fet diversos intents d'accés seguits amb " + credential + " que no eren correctes.\n"
                        + "Per protegir les vostres dades, l'accés amb " + credential + " queda bloquejat fins al "
                        + WHEN.format(until.atZone(ANDORRA)) + ".\n\n"
                        + "Si no heu estat vosaltres, us recomanem que recupereu el PIN i que contacteu amb la CASS."
                        + SIGNATURE, null);
    }
}
