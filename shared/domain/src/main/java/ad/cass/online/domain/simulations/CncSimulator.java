package ad.cass.online.domain.simulations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Seed 003 §2.1, the non-contributory complement (CNC) of an invalidity from common illness or non-work accident:
 * "disminuir el diferencial entre el salari mínim i l'import de la pensió (i pensió estrangera)". It tops the pension
 * plus any foreign pension up to a share of the SMI in force on the simulation day, 40 % for group 1 and 80 % for
 * group 2 (610,13 € and 1.220,26 € in 2026), never below 0 €; only for residents in Andorra without a solidarity
 * pension ("REQUISITS"). Rounding ({@link Cents}): threshold − pensions exactly (61013.2 − …), half-up once at the end.
 */
public final class CncSimulator {
    private final PensionParameters parameters;

    public CncSimulator(PensionParameters parameters) {
        this.parameters = parameters;
    }

    public CncOutcome simulate(CncCase c, LocalDate day) {
        ParameterSet p = parameters.at(day);
        List<String> reasons = new ArrayList<>();
        if (!c.residentInAndorra()) {
            reasons.add("El complement no contributiu és només per a qui resideix al Principat d'Andorra: no hi teniu dret.");
            return new CncOutcome(0, reasons);
        }
        if (c.hasSolidarityPension()) {
            reasons.add("El complement no contributiu no és per a qui cobra una pensió de solidaritat: no hi teniu dret.");
            return new CncOutcome(0, reasons);
        }
        BigDecimal percent = p.cnc().thresholdPercent(c.group());
        BigDecimal threshold = Cents.percentOf(p.minimumWageCents(), percent);
        long pensions = c.pensionCents() + c.foreignPensionCents();
        reasons.add(Words.say("Llindar del grup %d: %s del salari mínim (%s) = %s al mes.", c.group(),
                Words.percent(percent), Words.money(p.minimumWageCents()), Words.money(threshold)));
        reasons.add(Words.say("Pensions: %s de la CASS + %s de l'estranger = %s al mes.", Words.money(c.pensionCents()),
                Words.money(c.foreignPensionCents()), Words.money(pensions)));
        BigDecimal difference = threshold.subtract(BigDecimal.valueOf(pensions));
        if (difference.signum() <= 0) {
            reasons.add("Les pensions arriben al llindar: no queda cap diferència per completar i el complement és de 0,00 €.");
            return new CncOutcome(0, reasons);
        }
        long amount = Cents.round(difference);
        reasons.add(Words.say("Complement: %s − %s = %s al mes.", Words.money(threshold), Words.money(pensions),
                Words.money(amount)));
        return new CncOutcome(amount, reasons);
    }
}
