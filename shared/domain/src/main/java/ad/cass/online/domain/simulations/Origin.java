package ad.cass.online.domain.simulations;

import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.format.Coded;

/** Seed 003 §1, TIPOLOGIES: what an invalidity comes from, which decides its rules. Codes as the JSON writes them. */
public enum Origin implements Coded {
    /** Common illness or non-work accident (seed 003 §1.1): a qualifying period, a pension by group. */
    COMMON_ILLNESS("COMMON_ILLNESS", "malaltia comuna o accident no laboral"),
    /** Work accident or occupational illness (seed 003 §1.3): no qualifying period, a capital or a pension by GM. */
    WORK_ACCIDENT("WORK_ACCIDENT", "accident de treball o malaltia professional");

    static final String UNKNOWN = "L'origen de la invalidesa ha de ser un d'aquests: {0}.";

    private final String code;
    private final String catalanName;

    Origin(String code, String catalanName) {
        this.code = code;
        this.catalanName = catalanName;
    }

    public String code() {
        return code;
    }

    /** As the reasons name it: "malaltia comuna o accident no laboral". */
    public String catalanName() {
        return catalanName;
    }

    public static Origin fromCode(String code) {
        return Coded.find(Origin.class, code)
                .orElseThrow(() -> new InvalidInput("origin", UNKNOWN, Coded.codes(Origin.class)));
    }
}
