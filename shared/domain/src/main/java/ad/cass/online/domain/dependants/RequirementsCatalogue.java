package ad.cass.online.domain.dependants;

import static ad.cass.online.domain.dependants.RequiredDocument.always;
import static ad.cass.online.domain.dependants.RequiredDocument.ifApplicable;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Seed 004, "Documentació a presentar per poder ser persona assegurada indirecta, segons el tipus de
 * beneficiari", one entry per category. Texts are the seed's, verbatim, typos included ("Certifica de
 * convivència", "trobar-se a càrrec ,"): they are what the CASS publishes, and the code is what programs compare.
 * Only the web page's non-breaking spaces are read as plain single spaces.
 */
public final class RequirementsCatalogue {
    static final String FORM_0052 = "form-cass-0052";
    static final String FORM_52_DJ = "form-cass-52-dj";
    static final String MARRIAGE_OR_PARTNERSHIP = "marriage-or-partnership-certificate";
    static final String IMMIGRATION_PERMIT = "immigration-permit";
    static final String IDENTITY = "passport-or-identity-document";
    static final String FAMILY_BOOK = "family-book-or-birth-certificate";
    static final String BIRTH_CERTIFICATE = "birth-certificate";
    static final String COHABITATION = "comu-cohabitation-certificate";
    static final String SEPARATION_ORDER = "separation-court-order";
    static final String GUARDIAN_APPOINTMENT = "guardian-appointment-order";
    static final String GUARDIANSHIP_ORDER = "guardianship-court-order";
    static final String COHABITATION_DECLARATION = "signed-cohabitation-declaration";
    static final String ENROLMENT = "enrolment-certificate";
    static final String EMPLOYMENT_REGISTRATION = "employment-service-registration";

    // Two wordings of the same form, a colon or a full stop: the seed alternates them.
    private static final RequiredDocument FORM_COLON =
            always(FORM_0052, "Empleni i imprimeixi el següent formulari: Formulari CASS-0052");
    private static final RequiredDocument FORM_STOP =
            always(FORM_0052, "Empleni i imprimeixi el següent formulari. Formulari CASS-0052");
    private static final RequiredDocument PERMIT_IF_ANY = ifApplicable(IMMIGRATION_PERMIT, "Permís d’immigració, si escau.");
    private static final RequiredDocument PERMIT = always(IMMIGRATION_PERMIT, "Permís d’immigració.");
    private static final RequiredDocument ID = always(IDENTITY, "Passaport o document d’identitat.");
    private static final RequiredDocument ID_NO_STOP = always(IDENTITY, "Passaport o document d’identitat");
    private static final RequiredDocument FAMILY = always(FAMILY_BOOK, "Llibre de família o certificat de naixement.");
    private static final RequiredDocument COMU = always(COHABITATION, "Certificat de convivència del Comú");
    private static final RequiredDocument COMU_STOP = always(COHABITATION, "Certificat de convivència del Comú.");
    private static final RequiredDocument APPOINTMENT = always(GUARDIAN_APPOINTMENT, "Aute judicial, resolució o qualsevol "
            + "altre document de l’autoritat competent, en el que s’anomena el tutor o curador.");

    private static final Map<DependantCategory, Requirements> ENTRIES = entries();

    private RequirementsCatalogue() {
    }

    public static Requirements of(DependantCategory category) {
        return ENTRIES.get(category);
    }

    private static Map<DependantCategory, Requirements> entries() {
        Map<DependantCategory, Requirements> map = new EnumMap<>(DependantCategory.class);
        for (Requirements r : List.of(spouse(), child(), childOfSeparatedParents(), minorInCare(), minorUnderGuardianship(),
                adultChildCaringForSiblings(), grandchild(), judiciallyIncapacitated(), student(), jobSeeker())) {
            map.put(r.category(), r);
        }
        if (map.size() != DependantCategory.values().length) {
            throw new IllegalStateException("a category has no entry in seed 004's catalogue");
        }
        return map;
    }

    private static Requirements entry(DependantCategory category, AgeLimits ages, List<RequiredDocument> documents,
            Map<SubCase, List<RequiredDocument>> extras, List<Renewal> renewals) {
        return new Requirements(category, List.of(CommonCondition.values()), ages, documents, extras, renewals);
    }

    private static Requirements entry(DependantCategory category, AgeLimits ages, RequiredDocument... documents) {
        return entry(category, ages, List.of(documents), Map.of(), List.of());
    }

    /** Seed 004, "Ser cònjuge o estar inscrit en el registre d’unions estables de parella del Principat d’Andorra". */
    private static Requirements spouse() {
        return entry(DependantCategory.SPOUSE_OR_PARTNER, AgeLimits.NONE, FORM_COLON,
                always(MARRIAGE_OR_PARTNERSHIP, "Certificat de matrimoni o de parella de fet, expedits pel Registre Civil, "
                        + "antiguitat màxima d’un any"),
                PERMIT_IF_ANY, ID);
    }

    /**
     * Seed 004, "Fill menor de 18 anys d'una persona assegurada directa o del seu cònjuge assegurat indirecte", and
     * "En el cas que el menor sigui únicament fill de la parella beneficiària, adjuntar també".
     */
    private static Requirements child() {
        return entry(DependantCategory.CHILD_UNDER_18, AgeLimits.UNDER_18, List.of(FORM_COLON, FAMILY, PERMIT_IF_ANY, ID_NO_STOP),
                Map.of(SubCase.ONLY_PARTNERS_CHILD, List.of(
                        always(MARRIAGE_OR_PARTNERSHIP, "Certificat de matrimoni o de parella de fet, expedits pel Registre "
                                + "Civil, antiguitat màxima d’un any."),
                        COMU_STOP)),
                List.of());
    }

    /**
     * Seed 004, "En el cas de separació, divorci o extinció de la unió estable de parella, els fills poden ser
     * assegurats indirectes ...". Under 18: the sentence continues the child-under-18 heading. Its one bullet
     * names two forms, listed here as two papers.
     */
    private static Requirements childOfSeparatedParents() {
        return entry(DependantCategory.CHILD_OF_SEPARATED_PARENTS, AgeLimits.UNDER_18,
                always(FORM_0052, "Formulari CASS-0052"),
                always(FORM_52_DJ, "Formulari CASS-52-dj"),
                FAMILY,
                always(SEPARATION_ORDER, "Aute o resolució judicial de la separació, divorci o dissolució de parella de fet."),
                always(IMMIGRATION_PERMIT, "Certificat o fotocòpia del permís d’immigració."));
    }

    /** Seed 004, "Persones menors de 18 anys a càrrec de la persona assegurada directa o del seu cònjuge assegurat indirecte". */
    private static Requirements minorInCare() {
        return entry(DependantCategory.MINOR_IN_CARE, AgeLimits.UNDER_18, FORM_STOP,
                always(BIRTH_CERTIFICATE, "Certificat de naixement."),
                PERMIT_IF_ANY,
                always(IDENTITY, "Passaport o DNI"),
                COMU,
                APPOINTMENT);
    }

    /** Seed 004, "Menors de 18 anys, tutelats per decisió judicial o confiats a una persona física, que no és ni el pare ni la mare". */
    private static Requirements minorUnderGuardianship() {
        return entry(DependantCategory.MINOR_UNDER_GUARDIANSHIP, AgeLimits.UNDER_18, FORM_COLON,
                always(GUARDIANSHIP_ORDER, "Resolució judicial, que disposa el règim de tutela o atorga la guarda a una "
                        + "persona física que no és ni el pare ni la mare."),
                COMU_STOP, FAMILY, ID);
    }

    /** Seed 004, "Fill d’una persona assegurada directa, major de 18 anys, que no treballa, i té cura d’un o més germans/nes menors d’edat". */
    private static Requirements adultChildCaringForSiblings() {
        return entry(DependantCategory.ADULT_CHILD_CARING_FOR_SIBLINGS, AgeLimits.FROM_18, FORM_STOP,
                always(COHABITATION_DECLARATION, "Declaració signada de convivència"),
                PERMIT, COMU, ID);
    }

    /**
     * Seed 004, "Nets d’una persona assegurada directa, que està a càrrec d’un fill/a menor de 18 anys". The 18 is
     * the age of the insured person's child who cares for the grandchild, not the grandchild's: no limit here.
     */
    private static Requirements grandchild() {
        return entry(DependantCategory.GRANDCHILD, AgeLimits.NONE, FORM_STOP, PERMIT,
                always(FAMILY_BOOK, "Llibre de família o certificat de naixement del net/a"),
                COMU, ID);
    }

    /** Seed 004, "Persones incapacitades judicialment a qui se’ls hi nomena un tutor o curador". */
    private static Requirements judiciallyIncapacitated() {
        return entry(DependantCategory.JUDICIALLY_INCAPACITATED, AgeLimits.NONE, FORM_COLON, PERMIT, FAMILY,
                always(GUARDIAN_APPOINTMENT, "Aute judicial o resolució de l’autoritat competent que nomena el tutor o curador."),
                ID);
    }

    /**
     * Seed 004, "Majors de 18 i menors de 25 anys, que cursin estudis en un establiment d’ensenyança reconegut, ...",
     * "En el cas que l’estudiant, estigui tutelat per una persona física que no sigui el pare ni la mare, adjuntar
     * també" and "Per renovacions".
     */
    private static Requirements student() {
        return entry(DependantCategory.STUDENT_18_TO_25, AgeLimits.FROM_18_UNDER_25,
                List.of(FORM_COLON,
                        always(ENROLMENT, "Certificat, matrícula o document acreditatiu del curs escolar d'un centre "
                                + "d'ensenyament reconegut."),
                        PERMIT, ID),
                Map.of(SubCase.UNDER_GUARDIANSHIP_OF_NON_PARENT, List.of(APPOINTMENT, COMU)),
                List.of(new Renewal(always(ENROLMENT, "Certificat matrícula curs escolar."),
                        Renewal.When.EVERY_YEAR_FROM_SEPTEMBER)));
    }

    /**
     * Seed 004, "Persones majors de 18 i menors de 25 anys, inscrites al servei d’ocupació i que convisquin amb els
     * pares", "En cas que estigui tutelat per una persona física que no sigui el pare ni la mare, adjunta també" and
     * "Per renovacions".
     */
    private static Requirements jobSeeker() {
        return entry(DependantCategory.JOB_SEEKER_18_TO_25, AgeLimits.FROM_18_UNDER_25,
                List.of(FORM_STOP, always(EMPLOYMENT_REGISTRATION, "Certificat de la inscripció al Servei d’ocupació."),
                        PERMIT, ID_NO_STOP),
                Map.of(SubCase.UNDER_GUARDIANSHIP_OF_NON_PARENT, List.of(APPOINTMENT,
                        always(COHABITATION, "Certifica de convivència del Comú."))),
                List.of(new Renewal(always(EMPLOYMENT_REGISTRATION, "Certificat del Servei d’ocupació renovat."),
                        Renewal.When.ON_EMPLOYMENT_REGISTRATION_RENEWAL)));
    }
}
