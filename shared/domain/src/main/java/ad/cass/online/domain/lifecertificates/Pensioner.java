package ad.cass.online.domain.lifecertificates;

import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.settings.Language;

/**
 * What proof of life needs to know about a pensioner.
 *
 * @param residenceCountry    ISO 3166 alpha-2; "AD" is a resident in Andorra (seed 003 §3.1), any other lives abroad
 *                            (§3.2)
 * @param monthlyPensionCents the monthly amount, in cents, for the arrears a reinstatement owes
 * @param supplement          the pension has a supplement (majoració): two certificates per campaign (seed 003 §3.2)
 * @param language            the language of the requests and reminders
 */
public record Pensioner(CassNumber cassNumber, String residenceCountry, long monthlyPensionCents, boolean supplement,
                        Language language) {

    public Pensioner {
        if (cassNumber == null || language == null) {
            throw new IllegalArgumentException("a pensioner needs a CASS number and a language");
        }
        if (!Countries.isCode(residenceCountry)) {
            throw new IllegalArgumentException("residenceCountry must be an ISO 3166 alpha-2 code, was " + residenceCountry);
        }
        if (monthlyPensionCents <= 0) {
            throw new IllegalArgumentException("monthlyPensionCents must be positive, was " + monthlyPensionCents);
        }
    }

    /** Lives in Andorra: random checks (seed 003 §3.1), not the twice-yearly campaign. */
    public boolean resident() {
        return Countries.ANDORRA.equals(residenceCountry);
    }

    /** Seed 003 §3.2 "ULL! MAJORACIÓ (2 FE DE VIDA)": two certificates with a supplement, else one. */
    public int certificatesRequired() {
        return supplement ? 2 : 1;
    }
}
