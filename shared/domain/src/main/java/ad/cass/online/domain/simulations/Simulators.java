package ad.cass.online.domain.simulations;

import ad.cass.online.domain.format.CatalanFormat;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The calculators of seed 003 as the API offers them (issue 19): the invalidity and non-contributory-complement rules
 * applied with the parameters in force today in Andorra. They read no one's data: any signed-in profile may use them.
 */
public final class Simulators {
    private final InvaliditySimulator invalidity;
    private final CncSimulator cnc;
    private final Clock clock;

    public Simulators(PensionParameters parameters, Clock clock) {
        this.invalidity = new InvaliditySimulator(parameters);
        this.cnc = new CncSimulator(parameters);
        this.clock = clock;
    }

    public InvalidityOutcome invalidity(InvalidityCase asked) {
        return invalidity.simulate(asked, today());
    }

    public CncOutcome cnc(CncCase asked) {
        return cnc.simulate(asked, today());
    }

    private LocalDate today() {
        return clock.instant().atZone(CatalanFormat.ANDORRA).toLocalDate();
    }
}
