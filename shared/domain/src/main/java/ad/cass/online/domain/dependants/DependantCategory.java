package ad.cass.online.domain.dependants;

import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.format.Coded;

/**
 * The kinds of indirect insured person ("assegurat indirecte", "beneficiari"), in the order of seed 004.
 * The Catalan name is the seed's heading verbatim, without its closing colon; the code is the API's and must
 * never change once published.
 */
public enum DependantCategory implements Coded {
    SPOUSE_OR_PARTNER("spouse-or-partner",
            "Ser cònjuge o estar inscrit en el registre d’unions estables de parella del Principat d’Andorra"),
    CHILD_UNDER_18("child-under-18",
            "Fill menor de 18 anys d'una persona assegurada directa o del seu cònjuge assegurat indirecte"),
    /** The seed has no heading here but a sentence under the child's; it is kept whole (stray space included). */
    CHILD_OF_SEPARATED_PARENTS("child-of-separated-parents",
            "En el cas de separació, divorci o extinció de la unió estable de parella, els fills poden ser assegurats "
                    + "indirectes i trobar-se a càrrec , simultàniament, d’ambdós progenitors"),
    MINOR_IN_CARE("minor-in-care",
            "Persones menors de 18 anys a càrrec de la persona assegurada directa o del seu cònjuge assegurat indirecte"),
    MINOR_UNDER_GUARDIANSHIP("minor-under-guardianship",
            "Menors de 18 anys, tutelats per decisió judicial o confiats a una persona física, que no és ni el pare ni la mare"),
    ADULT_CHILD_CARING_FOR_SIBLINGS("adult-child-caring-for-siblings",
            "Fill d’una persona assegurada directa, major de 18 anys, que no treballa, i té cura d’un o més germans/nes menors d’edat"),
    GRANDCHILD("grandchild",
            "Nets d’una persona assegurada directa, que està a càrrec d’un fill/a menor de 18 anys"),
    JUDICIALLY_INCAPACITATED("judicially-incapacitated",
            "Persones incapacitades judicialment a qui se’ls hi nomena un tutor o curador"),
    STUDENT_18_TO_25("student-18-to-25",
            "Majors de 18 i menors de 25 anys, que cursin estudis en un establiment d’ensenyança reconegut, convisquin amb "
                    + "els pares i no treballin de forma regular"),
    JOB_SEEKER_18_TO_25("job-seeker-18-to-25",
            "Persones majors de 18 i menors de 25 anys, inscrites al servei d’ocupació i que convisquin amb els pares");

    private final String code;
    private final String catalanName;

    DependantCategory(String code, String catalanName) {
        this.code = code;
        this.catalanName = catalanName;
    }

    public String code() {
        return code;
    }

    public String catalanName() {
        return catalanName;
    }

    /** The category an API code names; the refusal lists the public codes and never echoes the input. */
    public static DependantCategory fromCode(String code) {
        return Coded.find(DependantCategory.class, code).orElseThrow(() -> new InvalidInput("category",
                "La categoria d'assegurat indirecte no és vàlida. Valors admesos: {0}.", Coded.codes(DependantCategory.class)));
    }
}
