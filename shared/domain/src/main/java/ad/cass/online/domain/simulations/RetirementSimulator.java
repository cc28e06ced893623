package ad.cass.online.domain.simulations;

import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.domain.person.Person;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Seed 000 §2.2.1 "Simulador de pensions": "una estimació de la pensió que es rebria el dia d'avui en cas de jubilació
 * ... amb els punts de vellesa acumulats actuals, sempre que quan correspongui s'hagin complert els 65 anys i
 * s'acreditin, com a mínim, 15 anys de cotització a Andorra o com a resultat de totalitzar períodes amb un país de
 * conveni". The parameters are those in force today (Europe/Andorra, the caller's day).
 * <ul>
 * <li>Amount (our reading, the seed gives no formula): points × the annual value of a point ÷ 12, computed exactly and
 * rounded half-up to the cent once ({@link Cents}). It is given whether or not the conditions hold.</li>
 * <li>Age: reached on the 65th birthday; someone born on 29 February turns 65 on 1 March in a common year, as
 * {@link Period} counts (the dependants' ages count the same way).</li>
 * <li>Contributions: the months in Andorra plus those totalised with a convention country, at least 15 years × 12.</li>
 * <li>{@code holdsOn}, our convention: the months on record are taken as those before the current month; contributing
 * every month from the current one on, each calendar month adds one, and a month counts once it is over, so the
 * condition holds on the first day of the month after the last missing one (on 15/03/2026, one month missing → March
 * → 01/04/2026). Both conditions hold on the later of that day and the 65th birthday.</li>
 * </ul>
 */
public final class RetirementSimulator {
    private final PensionParameters parameters;

    public RetirementSimulator(PensionParameters parameters) {
        this.parameters = parameters;
    }

    public RetirementOutcome simulate(RetirementCase c, LocalDate today) {
        int age = c.checkOn(today);
        RetirementParameters rules = parameters.at(today).retirement();
        List<String> reasons = new ArrayList<>();

        BigDecimal value = rules.annualPointValueCents();
        long amount = Cents.divideAndRound(BigDecimal.valueOf(c.pointsThousandths()).multiply(value), BigDecimal.valueOf(12_000));
        reasons.add(Words.say("Amb %s punts de vellesa, a %s l'any cada punt, la pensió seria de %s al mes "
                + "(punts × valor anual del punt ÷ 12).", CatalanFormat.thousandths(c.pointsThousandths()),
                Words.euros(value), Words.money(amount)));

        LocalDate birthday = Person.dayTurning(c.birthDate(), rules.age());
        boolean ageMet = !today.isBefore(birthday);
        int missingYears = Math.max(0, rules.age() - age);
        reasons.add(ageMet
                ? Words.say("Edat: %d anys; la jubilació demana %d anys: condició complerta.", age, rules.age())
                : Words.say("Edat: %d anys; la jubilació demana %d anys, que complireu el %s.", age, rules.age(),
                        CatalanFormat.date(birthday)));

        int months = c.contributedMonths() + c.totalisedMonths();
        int requiredMonths = rules.minimumContributionMonths();
        int missingMonths = Math.max(0, requiredMonths - months);
        reasons.add(Words.say("Cotització: %d mesos a Andorra i %d totalitzats amb un país de conveni, %d en total; "
                + "se'n demanen %d (%d anys): %s.", c.contributedMonths(), c.totalisedMonths(), months, requiredMonths,
                rules.minimumContributionYears(),
                missingMonths == 0 ? "condició complerta" : Words.missing(missingMonths)));

        boolean met = ageMet && missingMonths == 0;
        LocalDate holdsOn = null;
        if (met) {
            reasons.add("Es compleixen les dues condicions: podríeu cobrar aquesta pensió avui.");
        } else {
            LocalDate contributed = missingMonths == 0 ? today : today.withDayOfMonth(1).plusMonths(missingMonths);
            holdsOn = contributed.isAfter(birthday) ? contributed : birthday;
            reasons.add(Words.say("Si continueu cotitzant cada mes a partir d'aquest, complireu les dues condicions el %s.",
                    CatalanFormat.date(holdsOn)));
        }
        return new RetirementOutcome(amount, met, ageMet, missingMonths == 0, missingYears, missingMonths, holdsOn, reasons);
    }
}
