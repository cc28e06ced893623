package ad.cass.online.domain.procedures;

import ad.cass.online.domain.error.InvalidInput;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a person fills in and brings to file one of the requests the access pages list (seed 001 and seed 002,
 * "Sol·licitar"): the certificate of health coverage, the student certificates (under 25; 25 to 30), the travel
 * form for urgent care in a convention country, the medical voucher abroad, the change of personal data. The
 * seeds name the requests only; their fields and documents are our decision, from what CASS's paper forms ask.
 * Every field may be changed while the procedure waits on the person ({@code PATCH /procedures/{code}}).
 *
 * @param mandatory the documents the person has to bring: until they are all there the procedure waits on them
 * @param optional  the documents they may bring
 * @param output    what CASS attaches once it is done
 */
public record RequestForm(ProcedureType type, List<Field> fields, List<String> mandatory, List<String> optional,
                          List<String> output) {
    static final String NOT_REQUESTABLE = "Aquest tipus de tràmit no es pot sol·licitar des del portal. Tipus admesos: {0}.";

    /** What a field holds, and so how it is checked ({@link RequestRules}). */
    public enum Kind {
        /** a line of text, 1 to 120 characters */
        TEXT,
        /** a day, yyyy-MM-dd, today or later */
        FUTURE_DATE,
        /** a day, yyyy-MM-dd, before today */
        PAST_DATE,
        /** an ISO 3166 country code */
        COUNTRY,
        /** an ISO 3166 country code other than Andorra */
        FOREIGN_COUNTRY,
        /** a country with which Andorra has a social-security convention covering urgent care (configuration) */
        CONVENTION_COUNTRY,
        /** {@code 2026-2027}: the current academic year or the next */
        ACADEMIC_YEAR,
        /** one of {@link RequestRules#MARITAL_STATUSES} */
        MARITAL_STATUS
    }

    public record Field(String name, Kind kind, boolean required) {
    }

    public RequestForm {
        fields = List.copyOf(fields);
        mandatory = List.copyOf(mandatory);
        optional = List.copyOf(optional);
        output = List.copyOf(output);
    }

    private static final List<RequestForm> FORMS = List.of(
            // seed 001: "El certificat de cobertura sanitària d'un assegurat"
            new RequestForm(ProcedureType.HEALTH_COVERAGE_CERTIFICATE, List.of(new Field("addressee", Kind.TEXT, false)),
                    List.of(), List.of(), List.of("Certificat de cobertura sanitària")),
            // seed 001: "El certificat d'estudiant menor de 25 anys"
            new RequestForm(ProcedureType.STUDENT_CERTIFICATE_UNDER_25, studentFields(),
                    List.of("Certificat de matrícula del curs"), List.of(), List.of("Certificat d'estudiant")),
            // seeds 001 and 002: "El certificat d'estudiant de 25 a 30 anys"
            new RequestForm(ProcedureType.STUDENT_CERTIFICATE_25_TO_30, studentFields(),
                    List.of("Certificat de matrícula del curs"), List.of(), List.of("Certificat d'estudiant")),
            // seeds 001 and 002: "El formulari de desplaçament, per a prestacions d'assistència sanitària en cas
            // d'urgència als països de conveni"
            new RequestForm(ProcedureType.TRAVEL_FORM, List.of(new Field("country", Kind.CONVENTION_COUNTRY, true),
                    new Field("from", Kind.FUTURE_DATE, true), new Field("to", Kind.FUTURE_DATE, true)),
                    List.of(), List.of(), List.of("Formulari de desplaçament")),
            // seeds 001 and 002: "El volant mèdic a l'estranger, d'Assistència sanitària i d'altres centres
            // convencionats amb la CASS"
            new RequestForm(ProcedureType.MEDICAL_VOUCHER_ABROAD, List.of(new Field("country", Kind.FOREIGN_COUNTRY, true),
                    new Field("provider", Kind.TEXT, true), new Field("appointment", Kind.FUTURE_DATE, true)),
                    List.of("Prescripció del metge"), List.of("Informe mèdic"), List.of("Volant mèdic a l'estranger")),
            // seeds 001 and 002: "La modificació de les seves dades personals" (contact data change at once, through
            // PATCH /personal-file; what a document must prove goes through CASS)
            new RequestForm(ProcedureType.PERSONAL_DATA_CHANGE, List.of(new Field("givenName", Kind.TEXT, false),
                    new Field("familyName", Kind.TEXT, false), new Field("birthDate", Kind.PAST_DATE, false),
                    new Field("nationality", Kind.COUNTRY, false), new Field("identityDocument", Kind.TEXT, false),
                    new Field("maritalStatus", Kind.MARITAL_STATUS, false)),
                    List.of("Document acreditatiu del canvi"), List.of("Altres justificants"), List.of()));

    private static List<Field> studentFields() {
        return List.of(new Field("school", Kind.TEXT, true), new Field("academicYear", Kind.ACADEMIC_YEAR, true));
    }

    /** Every request the portal files, in the order the access pages list them. */
    public static List<RequestForm> all() {
        return FORMS;
    }

    /** The form of a type a person files through the portal. */
    public static Optional<RequestForm> find(ProcedureType type) {
        return FORMS.stream().filter(f -> f.type == type).findFirst();
    }

    /** The form of {@code type}; a type CASS opens itself (proof of life, a dependant's registration …) is refused. */
    public static RequestForm of(ProcedureType type) {
        return find(type).orElseThrow(() -> new InvalidInput("type", NOT_REQUESTABLE,
                FORMS.stream().map(f -> f.type.code()).collect(Collectors.joining(", "))));
    }

    public Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name.equals(name)).findFirst();
    }

    /** Its documents as a new procedure lists them: what to bring first, then what CASS will attach. */
    public List<ProcedureDocument> documents() {
        return java.util.stream.Stream.of(
                mandatory.stream().map(n -> new ProcedureDocument(n, DocumentRole.MANDATORY)),
                optional.stream().map(n -> new ProcedureDocument(n, DocumentRole.OPTIONAL)),
                output.stream().map(n -> new ProcedureDocument(n, DocumentRole.OUTPUT)))
                .flatMap(s -> s).toList();
    }
}
