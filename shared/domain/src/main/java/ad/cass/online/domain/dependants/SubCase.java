package ad.cass.online.domain.dependants;

import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.format.Coded;

/**
 * A situation within a category for which seed 004 asks for more papers ("adjuntar també"). The Catalan name
 * is taken from the seed's sentence introducing those papers.
 */
public enum SubCase implements Coded {
    /** Seed 004, under the child under 18: "En el cas que el menor sigui únicament fill de la parella beneficiària". */
    ONLY_PARTNERS_CHILD("only-partners-child", "únicament fill de la parella beneficiària"),
    /**
     * Seed 004, under students ("En el cas que l’estudiant, estigui tutelat per una persona física que no sigui el
     * pare ni la mare") and job-seekers ("En cas que estigui tutelat per ..."): the same situation, worded twice.
     */
    UNDER_GUARDIANSHIP_OF_NON_PARENT("under-guardianship-of-non-parent",
            "tutelat per una persona física que no sigui el pare ni la mare");

    private final String code;
    private final String catalanName;

    SubCase(String code, String catalanName) {
        this.code = code;
        this.catalanName = catalanName;
    }

    public String code() {
        return code;
    }

    public String catalanName() {
        return catalanName;
    }

    public static SubCase fromCode(String code) {
        return Coded.find(SubCase.class, code).orElseThrow(() -> new InvalidInput("subCases", "El cas indicat no és vàlid."));
    }
}
