package ad.cass.online.reports;

/** The sample report, for tests in other packages of this module. */
public final class SamplesAccess {
    private SamplesAccess() {
    }

    public static TableReport report(int rows) {
        return Samples.report(rows);
    }
}
