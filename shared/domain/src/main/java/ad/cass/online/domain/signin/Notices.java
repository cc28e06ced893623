package ad.cass.online.domain.signin;

import ad.cass.online.domain.mail.Mail;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.settings.Language;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The e-mails sign-in sends, in the person's language (seed 000 §2.2.3; Catalan unless they chose another).
 * Times are Europe/Andorra, written {@code dd/MM/yyyy HH:mm} in every language.
 */
public final class Notices {
    static final ZoneId ANDORRA = ZoneId.of("Europe/Andorra");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** What a locked credential is called in each sentence. */
    enum Credential { PIN, CASS_CERTIFICATE }

    private Notices() {
    }

    /** "30/11/2026 a les 15:05", in the language's words. */
    static String when(Instant instant, Language language) {
        var at = instant.atZone(ANDORRA);
        String joiner = switch (language) {
            case CA -> " a les ";
            case ES -> " a las ";
            case FR -> " à ";
            case EN -> " at ";
        };
        return DATE.format(at) + joiner + TIME.format(at);
    }

    private static String signature(Language language) {
        return switch (language) {
            case CA -> "\n\nCaixa Andorrana de Seguretat Social\nCentre d'Atenció a l'Usuari: 870 871 · cau@cass.ad\n"
                    + "\nAquest missatge s'ha enviat automàticament. No hi respongueu.";
            case ES -> "\n\nCaixa Andorrana de Seguretat Social\nCentro de Atención al Usuario: 870 871 · cau@cass.ad\n"
                    + "\nEste mensaje se ha enviado automáticamente. No lo responda.";
            case FR -> "\n\nCaixa Andorrana de Seguretat Social\nCentre d'accueil des usagers : 870 871 · cau@cass.ad\n"
                    + "\nCe message a été envoyé automatiquement. Merci de ne pas y répondre.";
            case EN -> "\n\nCaixa Andorrana de Seguretat Social\nUser Service Centre: 870 871 · cau@cass.ad\n"
                    + "\nThis message was sent automatically. Please do not reply.";
        };
    }

    /**
     * Seed 000, §1.1.3: an e-mail with a link to activate the password; §1.1.4: valid for 120 minutes. The
     * mail is written when it leaves the queue, so it says until when rather than for how long.
     */
    static Mail pinReset(Person person, URI link, Instant validUntil, Language language) {
        String until = when(validUntil, language);
        String name = person.givenName();
        return switch (language) {
            case CA -> new Mail(person.email(), "CASS Online: recuperació del PIN", "Bon dia, " + name + ",\n\n"
                    + "Hem rebut una sol·licitud per recuperar el PIN del vostre accés a CASS Online.\n"
                    + "Per triar un PIN nou, obriu aquest enllaç:\n\n" + link + "\n\n"
                    + "L'enllaç és vàlid fins al " + until + " i només es pot fer servir una vegada. "
                    + "Si caduca, torneu a sol·licitar la recuperació del PIN a CASS Online.\n\n"
                    + "Si no heu fet aquesta sol·licitud, no cal que feu res: el vostre PIN actual continua sent vàlid."
                    + signature(language), null);
            case ES -> new Mail(person.email(), "CASS Online: recuperación del PIN", "Buenos días, " + name + ":\n\n"
                    + "Hemos recibido una solicitud para recuperar el PIN de su acceso a CASS Online.\n"
                    + "Para elegir un PIN nuevo, abra este enlace:\n\n" + link + "\n\n"
                    + "El enlace es válido hasta el " + until + " y solo se puede usar una vez. "
                    + "Si caduca, vuelva a solicitar la recuperación del PIN en CASS Online.\n\n"
                    + "Si no ha hecho esta solicitud, no tiene que hacer nada: su PIN actual sigue siendo válido."
                    + signature(language), null);
            case FR -> new Mail(person.email(), "CASS Online : récupération du PIN", "Bonjour " + name + ",\n\n"
                    + "Nous avons reçu une demande de récupération du PIN de votre accès à CASS Online.\n"
                    + "Pour choisir un nouveau PIN, ouvrez ce lien :\n\n" + link + "\n\n"
                    + "Le lien est valable jusqu'au " + until + " et ne peut servir qu'une fois. "
                    + "S'il expire, demandez à nouveau la récupération du PIN sur CASS Online.\n\n"
                    + "Si vous n'êtes pas à l'origine de cette demande, vous n'avez rien à faire : votre PIN actuel reste valable."
                    + signature(language), null);
            case EN -> new Mail(person.email(), "CASS Online: PIN recovery", "Hello " + name + ",\n\n"
                    + "We received a request to recover the PIN of your CASS Online access.\n"
                    + "To choose a new PIN, open this link:\n\n" + link + "\n\n"
                    + "The link is valid until " + until + " and can be used only once. "
                    + "If it expires, ask for PIN recovery again on CASS Online.\n\n"
                    + "If you did not make this request, there is nothing to do: your current PIN is still valid."
                    + signature(language), null);
        };
    }

    static Mail pinChanged(Person person, Instant at, Language language) {
        String when = when(at, language);
        String name = person.givenName();
        return switch (language) {
            case CA -> new Mail(person.email(), "CASS Online: el vostre PIN s'ha canviat", "Bon dia, " + name + ",\n\n"
                    + "El PIN del vostre accés a CASS Online s'ha canviat el " + when + ".\n"
                    + "Per seguretat, s'han tancat totes les sessions obertes.\n\n"
                    + "Si no heu estat vosaltres, contacteu de seguida amb la CASS." + signature(language), null);
            case ES -> new Mail(person.email(), "CASS Online: su PIN se ha cambiado", "Buenos días, " + name + ":\n\n"
                    + "El PIN de su acceso a CASS Online se cambió el " + when + ".\n"
                    + "Por seguridad, se han cerrado todas las sesiones abiertas.\n\n"
                    + "Si no ha sido usted, contacte enseguida con la CASS." + signature(language), null);
            case FR -> new Mail(person.email(), "CASS Online : votre PIN a été modifié", "Bonjour " + name + ",\n\n"
                    + "Le PIN de votre accès à CASS Online a été modifié le " + when + ".\n"
                    + "Par sécurité, toutes les sessions ouvertes ont été fermées.\n\n"
                    + "Si ce n'est pas vous, contactez la CASS sans attendre." + signature(language), null);
            case EN -> new Mail(person.email(), "CASS Online: your PIN was changed", "Hello " + name + ",\n\n"
                    + "The PIN of your CASS Online access was changed on " + when + ".\n"
                    + "For your security, every open session was closed.\n\n"
                    + "If this was not you, contact CASS at once." + signature(language), null);
        };
    }

    /**
     * Issue 17: an e-mail change is told to the address it replaced, where the person still reads if someone
     * else made it. The new address is named only in part.
     */
    static Mail emailChanged(Person person, String oldAddress, Instant at, Language language) {
        String when = when(at, language);
        String name = person.givenName();
        String now = partly(person.email());
        return switch (language) {
            case CA -> new Mail(oldAddress, "CASS Online: s'ha canviat la vostra adreça de correu", "Bon dia, " + name + ",\n\n"
                    + "L'adreça de correu electrònic de la vostra fitxa de CASS Online s'ha canviat el " + when + ".\n"
                    + "Ara és " + now + ". D'ara endavant us escriurem a aquella adreça, no a aquesta.\n\n"
                    + "Si no heu estat vosaltres, contacteu de seguida amb la CASS." + signature(language), null);
            case ES -> new Mail(oldAddress, "CASS Online: se ha cambiado su dirección de correo", "Buenos días, " + name + ":\n\n"
                    + "La dirección de correo electrónico de su ficha de CASS Online se cambió el " + when + ".\n"
                    + "Ahora es " + now + ". A partir de ahora le escribiremos a esa dirección, no a esta.\n\n"
                    + "Si no ha sido usted, contacte enseguida con la CASS." + signature(language), null);
            case FR -> new Mail(oldAddress, "CASS Online : votre adresse électronique a été modifiée", "Bonjour " + name + ",\n\n"
                    + "L'adresse électronique de votre fiche CASS Online a été modifiée le " + when + ".\n"
                    + "C'est désormais " + now + ". Nous vous écrirons à cette adresse, et non plus à celle-ci.\n\n"
                    + "Si ce n'est pas vous, contactez la CASS sans attendre." + signature(language), null);
            case EN -> new Mail(oldAddress, "CASS Online: your e-mail address was changed", "Hello " + name + ",\n\n"
                    + "The e-mail address of your CASS Online file was changed on " + when + ".\n"
                    + "It is now " + now + ". From now on we will write to that address, not to this one.\n\n"
                    + "If this was not you, contact CASS at once." + signature(language), null);
        };
    }

    /** {@code jordi.vidal@example.ad} → {@code j***@example.ad}: enough to recognise, not to harvest. */
    static String partly(String address) {
        int at = address.indexOf('@');
        return at <= 0 ? "***" : address.charAt(0) + "***" + address.substring(at);
    }

    static Mail locked(Person person, Credential credential, Instant until, Language language) {
        String to = when(until, language);
        String name = person.givenName();
        boolean pin = credential == Credential.PIN;
        return switch (language) {
            case CA -> {
                String what = pin ? "el PIN" : "el certificat digital de la CASS";
                yield new Mail(person.email(), "CASS Online: accés bloquejat temporalment", "Bon dia, " + name + ",\n\n"
                        + "S'han fet diversos intents d'accés seguits amb " + what + " que no eren correctes.\n"
                        + "Per protegir les vostres dades, l'accés amb " + what + " queda bloquejat fins al " + to + ".\n\n"
                        + "Si no heu estat vosaltres, us recomanem que recupereu el PIN i que contacteu amb la CASS."
                        + signature(language), null);
            }
            case ES -> {
                String what = pin ? "el PIN" : "el certificado digital de la CASS";
                yield new Mail(person.email(), "CASS Online: acceso bloqueado temporalmente", "Buenos días, " + name + ":\n\n"
                        + "Se han hecho varios intentos de acceso seguidos con " + what + " que no eran correctos.\n"
                        + "Para proteger sus datos, el acceso con " + what + " queda bloqueado hasta el " + to + ".\n\n"
                        + "Si no ha sido usted, le recomendamos que recupere el PIN y que contacte con la CASS."
                        + signature(language), null);
            }
            case FR -> {
                String what = pin ? "le PIN" : "le certificat numérique de la CASS";
                yield new Mail(person.email(), "CASS Online : accès bloqué temporairement", "Bonjour " + name + ",\n\n"
                        + "Plusieurs tentatives d'accès incorrectes ont été faites à la suite avec " + what + ".\n"
                        + "Pour protéger vos données, l'accès avec " + what + " est bloqué jusqu'au " + to + ".\n\n"
                        + "Si ce n'est pas vous, nous vous conseillons de récupérer votre PIN et de contacter la CASS."
                        + signature(language), null);
            }
            case EN -> {
                String what = pin ? "the PIN" : "the CASS digital certificate";
                yield new Mail(person.email(), "CASS Online: access temporarily locked", "Hello " + name + ",\n\n"
                        + "Several wrong attempts in a row were made to sign in with " + what + ".\n"
                        + "To protect your data, signing in with " + what + " is locked until " + to + ".\n\n"
                        + "If this was not you, we recommend that you recover your PIN and contact CASS."
                        + signature(language), null);
            }
        };
    }
}
