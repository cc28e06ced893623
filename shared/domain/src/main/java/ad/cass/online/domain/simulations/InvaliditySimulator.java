package ad.cass.online.domain.simulations;

import ad.cass.online.domain.simulations.InvalidityOutcome.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Seed 003 §1.1–1.5: what an invalidity would give, with the reasons. The parameters are those in force on the
 * simulation day (the SMI of the cap among them).
 * <p>
 * Rounding, the one rule ({@link Cents}): the amount is computed exactly with BigDecimal, compared exactly with the
 * cap, then rounded half-up to the cent once, at the end.
 * <p>
 * Cap (seed 003 §1.5 "La pensió d'invalidesa no pot ser superior a 2,5 vegades el salari mínim"): a PENSION, of either
 * origin, never exceeds 2.5 × the SMI. A work accident's capital is a one-off sum, not a pension: not capped (our
 * reading of "pensió"). Not simulated: article 172's ceiling (pension + salary + foreign pension ≤ the base), which
 * needs the salary and foreign pensions after the event, and the registration at the event, which CASS checks.
 */
public final class InvaliditySimulator {
    private final PensionParameters parameters;

    public InvaliditySimulator(PensionParameters parameters) {
        this.parameters = parameters;
    }

    public InvalidityOutcome simulate(InvalidityCase c, LocalDate day) {
        ParameterSet p = parameters.at(day);
        List<String> reasons = new ArrayList<>();
        return c.origin() == Origin.COMMON_ILLNESS ? commonIllness(c, p, reasons) : workAccident(c, p, reasons);
    }

    /** Seed 003 §1.1, §1.2: a minimum GM and a qualifying period, then a share of the theoretical retirement pension. */
    private static InvalidityOutcome commonIllness(InvalidityCase c, ParameterSet p, List<String> reasons) {
        InvalidityParameters rules = p.invalidity();
        reasons.add(Words.say("Invalidesa derivada de %s: cal un grau de menyscabament mínim del %s i un període de "
                + "carència segons l'edat en la data del fet causant.", c.origin().catalanName(),
                Words.percent(rules.commonIllnessMinimumImpairmentPercent())));
        boolean impaired = c.impairmentPercent().compareTo(rules.commonIllnessMinimumImpairmentPercent()) >= 0;
        reasons.add(Words.say("Grau de menyscabament: %s, %s al mínim del %s.", Words.percent(c.impairmentPercent()),
                impaired ? "arriba" : "no arriba", Words.percent(rules.commonIllnessMinimumImpairmentPercent())));
        int required = rules.qualifyingPeriod().monthsFor(c.ageAtEvent());
        boolean qualified = c.contributedMonths() >= required;
        reasons.add(Words.say("Carència exigida als %d anys (%s): en teniu %d, %s.", c.ageAtEvent(),
                rules.qualifyingPeriod().ruleFor(c.ageAtEvent()), c.contributedMonths(),
                qualified ? "complerta" : Words.missing(required - c.contributedMonths())));
        if (!impaired || !qualified) {
            reasons.add("No es compleixen els requisits: la invalidesa no donaria dret a pensió.");
            return new InvalidityOutcome(Outcome.NOT_ELIGIBLE, 0, reasons);
        }
        boolean group1 = c.canKeepWorking();
        BigDecimal percent = group1 ? rules.group1Percent() : rules.group2Percent();
        BigDecimal theoretical = BigDecimal.valueOf(c.theoreticalRetirementPensionCents());
        BigDecimal pension = Cents.percentOf(theoretical, percent);
        reasons.add(Words.say("Grup %d (%s): %s de la pensió teòrica de jubilació, %s × %s = %s al mes.", group1 ? 1 : 2,
                group1 ? "podeu continuar treballant" : "no podeu continuar treballant", Words.percent(percent),
                Words.money(theoretical), Words.percent(percent), Words.money(pension)));
        return capped(pension, p, reasons);
    }

    /** Seed 003 §1.3, §1.4: no qualifying period; below the threshold a capital, from it a monthly pension. */
    private static InvalidityOutcome workAccident(InvalidityCase c, ParameterSet p, List<String> reasons) {
        WorkAccidentScale scale = p.invalidity().workAccident();
        BigDecimal gm = c.impairmentPercent();
        BigDecimal base = BigDecimal.valueOf(c.calculationBaseCents());
        reasons.add(Words.say("Invalidesa derivada d'%s: no cal període de carència.", c.origin().catalanName()));
        if (gm.signum() == 0) { // our reading: no impairment recognised, nothing to make up for
            reasons.add("Grau de menyscabament: 0 %. Sense menyscabament reconegut no hi ha dret a capital ni a pensió.");
            return new InvalidityOutcome(Outcome.NOT_ELIGIBLE, 0, reasons);
        }
        if (!scale.givesPension(gm)) {
            Map.Entry<BigDecimal, BigDecimal> band = scale.capitalBand(gm);
            BigDecimal capital = base.multiply(band.getValue());
            reasons.add(Words.say("Grau de menyscabament: %s, per sota del %s: dona dret a un capital d'una sola vegada, "
                    + "%s vegades la base de càlcul (tram des del %s fins a menys del %s).", Words.percent(gm),
                    Words.percent(scale.pensionFromImpairmentPercent()), Words.number(band.getValue()),
                    Words.percent(band.getKey()), Words.percent(scale.capitalBandEnd(gm))));
            reasons.add(Words.say("Capital: %s × %s = %s. Un capital no és una pensió: no s'hi aplica el límit de %s "
                    + "vegades el salari mínim.", Words.money(base), Words.number(band.getValue()), Words.money(capital),
                    Words.number(p.invalidity().capMinimumWageMultiple())));
            return new InvalidityOutcome(Outcome.CAPITAL, Cents.round(capital), reasons);
        }
        // The seed writes "20 - 50 %", "51 - 65 %", "X > 65 %": DOMAIN.md decides that a GM between 50 and 51 is in the
        // 75 % band, so the bands are [20, 50], (50, 65] and above 65 (WorkAccidentScale.pensionRatesAbove).
        BigDecimal rate = scale.pensionRate(gm);
        BigDecimal pension = Cents.percentOf(Cents.percentOf(base, rate), gm);
        reasons.add(Words.say("Grau de menyscabament: %s, en el tram %s: pensió del %s de la base de càlcul "
                + "multiplicat pel grau.", Words.percent(gm), scale.pensionBand(gm), Words.percent(rate)));
        reasons.add(Words.say("Pensió: %s × %s × %s = %s al mes.", Words.money(base), Words.percent(rate),
                Words.percent(gm), Words.money(pension)));
        return capped(pension, p, reasons);
    }

    /** Seed 003 §1.5: the exact pension against the exact cap, then the one rounding. */
    private static InvalidityOutcome capped(BigDecimal pension, ParameterSet p, List<String> reasons) {
        BigDecimal multiple = p.invalidity().capMinimumWageMultiple();
        BigDecimal cap = p.minimumWageCents().multiply(multiple);
        boolean binds = pension.compareTo(cap) > 0;
        reasons.add(Words.say("Límit: la pensió d'invalidesa no pot superar %s vegades el salari mínim (%s), és a dir %s; "
                + "%s.", Words.number(multiple), Words.money(p.minimumWageCents()), Words.money(cap),
                binds ? Words.say("s'aplica el límit i la pensió queda en %s al mes", Words.money(cap))
                        : "la pensió calculada no el supera"));
        return new InvalidityOutcome(Outcome.PENSION, Cents.round(binds ? cap : pension), reasons);
    }
}
