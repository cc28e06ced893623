package ad.cass.online.domain.lifecertificates;

import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.domain.mail.Mail;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.domain.text.Text;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the scheduler tells a pensioner, by e-mail and as a portal notice, in their language (issue 21: "E-mails (SES)
 * and notices are in the pensioner's language"): the request when a campaign opens, the reminders, the suspension,
 * the reinstatement with what is paid back, the closure. The sentences are texts.tsv lines (Catalan first, then
 * Spanish, French, English); amounts and dates keep the portal's formats in every language (1.234,56 €, 31/12/2026).
 * Deadlines and closing days are a month's last day, so no Catalan "de l'01/..." elision is ever needed; months are
 * written in words, where Catalan and French do elide ("d'abril", "d'avril").
 */
public final class LifeCertificateLetters {
    /**
     * A mail (null when the person has no address on file) and the portal notice that goes with it: its short title,
     * its text (the letter's paragraphs, without greeting and signature) and the last day it is shown, when the letter
     * has one of its own (the deadline it asks for; the day the pension would close), else null.
     */
    public record Letter(Mail mail, String noticeTitle, String noticeText, LocalDate noticeUntil) {
    }

    private LifeCertificateLetters() {
    }

    /** Seed 003 §3.1 "És la CASS que li requereix prèviament": the request on the campaign's opening day. */
    public static Letter request(Addressee to, Campaign campaign) {
        Language l = to.language();
        List<String> body = new ArrayList<>();
        body.add(campaign.kind() == Campaign.Kind.ABROAD
                // seed 003 §3.2: abroad, twice a year
                ? Text.of("Com cada any al maig i al novembre, la CASS us demana un certificat de fe de vida per continuar pagant-vos la pensió.").in(l)
                // seed 003 §3.1: residents, when CASS decides
                : Text.of("La CASS fa un control de vivència dels pensionistes residents a Andorra i us demana un certificat de fe de vida del vostre comú.").in(l));
        body.add(Text.of("El certificat ha d'estar datat el mes {0} o més tard, i ens ha d'arribar com a molt tard el {1}.",
                monthIn(campaign.month(), l), CatalanFormat.date(campaign.deadline())).in(l));
        body.addAll(whatToSend(to, campaign));
        return letter(to, Text.of("CASS: cal enviar la fe de vida ({0})", monthName(campaign.month(), l)).in(l), body,
                Text.of("Fe de vida: envieu el certificat abans del {0}", CatalanFormat.date(campaign.deadline())).in(l),
                campaign.deadline());
    }

    /** DOMAIN.md: reminders before the deadline (by default 30 and 7 days before it). */
    public static Letter reminder(Addressee to, Campaign campaign, int daysLeft) {
        Language l = to.language();
        List<String> body = new ArrayList<>();
        body.add(Text.of("Encara no hem rebut la vostra fe de vida {0}. Ens ha d'arribar com a molt tard el {1}: queden {2} dies.",
                monthIn(campaign.month(), l), CatalanFormat.date(campaign.deadline()), daysLeft).in(l));
        body.addAll(whatToSend(to, campaign));
        return letter(to, Text.of("CASS: recordatori de la fe de vida ({0})", monthName(campaign.month(), l)).in(l), body,
                Text.of("Fe de vida: envieu el certificat abans del {0}", CatalanFormat.date(campaign.deadline())).in(l),
                campaign.deadline());
    }

    /** Seed 003 §3.2 "el pensionista no cobra la prestació econòmica": from the month after the deadline. */
    public static Letter suspension(Addressee to, Campaign campaign, LocalDate suspendedFrom, LocalDate closesOn) {
        Language l = to.language();
        List<String> body = List.of(
                Text.of("No hem rebut cap certificat de fe de vida vàlid per a la campanya {0} abans del {1}.",
                        monthIn(campaign.month(), l), CatalanFormat.date(campaign.deadline())).in(l),
                Text.of("Per això la pensió queda suspesa des del mes {0}.", monthIn(YearMonth.from(suspendedFrom), l)).in(l),
                Text.of("Quan rebem un certificat vàlid, us la tornarem a pagar des del pagament següent i us abonarem els mesos retinguts.").in(l),
                Text.of("Si no en rebem cap abans del {0}, la pensió es tancarà definitivament.", CatalanFormat.date(closesOn)).in(l),
                issuers(l),
                howToSend(l));
        return letter(to, Text.of("CASS: la vostra pensió està suspesa").in(l), body,
                Text.of("Pensió suspesa per manca de fe de vida").in(l), closesOn);
    }

    /** DOMAIN.md: a valid certificate later pays again from the next payment, and the months withheld. */
    public static Letter reinstatement(Addressee to, YearMonth resumesWith, long monthsWithheld, long arrearsCents) {
        Language l = to.language();
        List<String> body = new ArrayList<>();
        body.add(Text.of("Hem rebut la vostra fe de vida. La pensió es torna a pagar des del mes {0}.", monthIn(resumesWith, l)).in(l));
        body.add(monthsWithheld == 0 ? Text.of("No se n'ha retingut cap mes.").in(l)
                : monthsWithheld == 1 ? Text.of("Us abonarem {0} pel mes retingut.", CatalanFormat.money(arrearsCents)).in(l)
                : Text.of("Us abonarem {0} per {1} mesos retinguts.", CatalanFormat.money(arrearsCents), monthsWithheld).in(l));
        return letter(to, Text.of("CASS: la vostra pensió es torna a pagar").in(l), body,
                Text.of("Pensió represa: fe de vida rebuda").in(l), null);
    }

    /** DOMAIN.md "Outside the seeds": three years without proof, and the pension is closed for good. */
    public static Letter closure(Addressee to, LocalDate closedOn) {
        Language l = to.language();
        List<String> body = List.of(
                Text.of("La pensió s'ha tancat definitivament el {0}: no hem rebut cap fe de vida en tres anys.",
                        CatalanFormat.date(closedOn)).in(l),
                Text.of("Per tornar-la a cobrar, cal sol·licitar-la de nou a la CASS.").in(l));
        return letter(to, Text.of("CASS: la vostra pensió s'ha tancat").in(l), body,
                Text.of("Pensió tancada per manca de fe de vida").in(l), null);
    }

    /** Whom a letter goes to: their first name, address, language and how many certificates their pension needs. */
    public record Addressee(String givenName, String email, Language language, int certificatesRequired) {
    }

    /** What the request and the reminders both say: how many, who issues it, how to send it, what a miss brings. */
    private static List<String> whatToSend(Addressee to, Campaign campaign) {
        Language l = to.language();
        List<String> paragraphs = new ArrayList<>();
        if (to.certificatesRequired() > 1) {
            paragraphs.add(Text.of("Com que la vostra pensió té una majoració, cal que n'envieu dos.").in(l));
        }
        paragraphs.add(issuers(l));
        paragraphs.add(howToSend(l));
        paragraphs.add(consequence(campaign, l));
        return paragraphs;
    }

    /** Seed 003 §3.2, "ON ES POT SOL·LICITAR?" and "NO SÒN VÀLIDS". */
    private static String issuers(Language l) {
        return Text.of("L'expedeixen l'ajuntament o el comú, el registre civil, la comissaria de policia, l'organisme de seguretat social o un notari. No són vàlids els certificats d'hospitals, de metges, de residència ni d'escolaritat.").in(l);
    }

    private static String howToSend(Language l) {
        return Text.of("El podeu enviar des de CASS Online (Fe de vida) o per correu, o fer-la a la CASS en persona o per videotrucada amb cita prèvia.").in(l);
    }

    private static String consequence(Campaign campaign, Language l) {
        YearMonth stops = YearMonth.from(PensionDecisions.suspendedFrom(campaign));
        return Text.of("Si no el rebem a temps, la pensió quedarà suspesa des del mes {0}.", monthIn(stops, l)).in(l);
    }

    private static Letter letter(Addressee to, String subject, List<String> paragraphs, String noticeTitle, LocalDate noticeUntil) {
        Language l = to.language();
        String said = String.join("\n\n", paragraphs);
        String text = Text.of("Bon dia, {0}:", to.givenName()).in(l) + "\n\n" + said + "\n\n"
                + Text.of("Caixa Andorrana de Seguretat Social").in(l) + "\n"
                + Text.of("Aquest missatge s'ha enviat automàticament. No hi respongueu.").in(l);
        // someone with no address on file still gets the portal notice
        return new Letter(to.email() == null || to.email().isBlank() ? null : new Mail(to.email(), subject, text, null), noticeTitle,
                said, noticeUntil);
    }

    /** "novembre de 2026", "noviembre de 2026", "novembre 2026", "November 2026". */
    static String monthName(YearMonth month, Language l) {
        String name = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale(l));
        return switch (l) {
            case CA, ES -> name + " de " + month.getYear();
            case FR -> name + " " + month.getYear();
            case EN -> capitalised(name) + " " + month.getYear();
        };
    }

    /**
     * The month as the sentences need it after "datat" / "des del mes": Catalan "de maig de 2026" but "d'abril de
     * 2026", French "de mai 2026" but "d'avril 2026", Spanish "de mayo de 2026", English "in May 2026" / "of May 2026".
     */
    static String monthIn(YearMonth month, Language l) {
        String name = monthName(month, l);
        return switch (l) {
            case CA, FR -> (startsWithVowel(name) ? "d'" : "de ") + name;
            case ES -> "de " + name;
            case EN -> name;
        };
    }

    private static boolean startsWithVowel(String word) {
        return "aeiouàèéíòóúAEIOU".indexOf(word.charAt(0)) >= 0;
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static Locale locale(Language l) {
        return Locale.forLanguageTag(l.code());
    }
}
