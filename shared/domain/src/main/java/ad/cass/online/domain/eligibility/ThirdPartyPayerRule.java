package ad.cass.online.domain.eligibility;

import static ad.cass.online.domain.eligibility.Words.del;
import static ad.cass.online.domain.eligibility.Words.el;
import static ad.cass.online.domain.eligibility.Words.later;
import static ad.cass.online.domain.eligibility.Words.percent;
import static ad.cass.online.domain.eligibility.Words.say;

import ad.cass.online.domain.person.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Seed 003 §4.1: "Aquest règim afecta a tots els assegurats a partir de 65 anys, des de l'01/01/2022 i a totes les
 * persones amb discapacitat des del 02/01/2023", disabled meaning a CONAVA degree "igual o superior al 33%".
 * <ul>
 * <li>By age, it holds from the later of the 65th birthday and the regime's start.</li>
 * <li>By disability, from the later of the day the CONAVA degree holds from and the regime's start.</li>
 * <li>Both holding, the earlier of the two days; neither, the day it would hold by age. Without a recorded situation
 * only age decides.</li>
 * </ul>
 */
final class ThirdPartyPayerRule {
    private ThirdPartyPayerRule() {
    }

    static ThirdPartyPayer decide(Person person, Optional<SocialSituation> situation, LocalDate today,
                                  EligibilityParameters p) {
        List<String> reasons = new ArrayList<>();
        LocalDate byAge = later(Person.dayTurning(person.birthDate(), p.payerAge()), p.payerAgeFrom());
        boolean ageHolds = !byAge.isAfter(today);
        reasons.add(say("Edat: %d anys. El tercer pagador s'aplica a tots els assegurats a partir dels %d anys des %s: %s.",
                person.ageOn(today), p.payerAge(), del(p.payerAgeFrom()), outcome(ageHolds, byAge)));

        LocalDate byDisability = null;
        String rule = say("el tercer pagador s'aplica a les persones amb un grau de menyscabament igual o superior al %s "
                + "des %s", percent(p.payerMinimumDegreePercent()), del(p.payerDisabilityFrom()));
        Optional<SocialSituation> assessed = situation.filter(SocialSituation::assessedByConava);
        if (assessed.isEmpty()) {
            reasons.add(say("Discapacitat: no consta cap valoració de la CONAVA; %s: no es compleix.", rule));
        } else {
            SocialSituation s = assessed.get();
            boolean enough = s.conavaDegreePercent() >= p.payerMinimumDegreePercent();
            byDisability = enough ? later(s.conavaSince(), p.payerDisabilityFrom()) : null;
            reasons.add(say("Discapacitat: grau de menyscabament del %s valorat per la CONAVA des %s; %s: %s.",
                    percent(s.conavaDegreePercent()), del(s.conavaSince()), rule,
                    enough ? outcome(!byDisability.isAfter(today), byDisability) : "no es compleix"));
        }
        boolean disabilityHolds = byDisability != null && !byDisability.isAfter(today);

        if (ageHolds || disabilityHolds) {
            LocalDate since = !disabilityHolds ? byAge : !ageHolds || byDisability.isBefore(byAge) ? byDisability : byAge;
            reasons.add(say("Teniu dret al tercer pagador des %s: la CASS paga directament al prestador i només pagueu "
                    + "la vostra part.", del(since)));
            return new ThirdPartyPayer(true, since, null, reasons);
        }
        reasons.add(say("Ara no teniu dret al tercer pagador; per edat, el tindreu a partir %s.", del(byAge)));
        return new ThirdPartyPayer(false, null, byAge, reasons);
    }

    private static String outcome(boolean holds, LocalDate from) {
        return holds ? say("es compleix des %s", del(from)) : say("no es compleix; es complirà %s", el(from));
    }
}
