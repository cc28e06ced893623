package ad.cass.online.domain.procedures;

import ad.cass.online.domain.error.InvalidInput;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks a request's fields pass before it is filed or changed ({@link RequestForm}): each field for its kind,
 * then the rules of its type. A failure names the field (a 400 problem).
 *
 * @param conventionCountries the countries with a social-security convention covering urgent care (configuration,
 *                            CONVENTION_COUNTRIES in template.yaml: the seeds name none)
 * @param longestStayDays     the longest stay a travel form covers (configuration, TRAVEL_FORM_MAX_DAYS)
 */
public record RequestRules(Set<String> conventionCountries, int longestStayDays) {
    static final String UNKNOWN_FIELD = "Aquest tipus de tràmit no té el camp {0}.";
    static final String REQUIRED = "Cal indicar aquest camp.";
    static final String BAD_TEXT = "Ha de ser un text d'entre 1 i 120 caràcters.";
    static final String BAD_DATE = "Ha de ser una data amb el format AAAA-MM-DD.";
    static final String NOT_BEFORE_TODAY = "Aquesta data no pot ser anterior a avui.";
    static final String NOT_IN_THE_PAST = "Aquesta data ha de ser anterior a avui.";
    static final String BAD_COUNTRY = "Ha de ser el codi ISO de dos lletres d'un país (FR, ES, PT…).";
    static final String NOT_ABROAD = "Ha de ser un país diferent d'Andorra.";
    static final String NOT_CONVENTION = "El formulari de desplaçament és per als països de conveni: {0}.";
    static final String BAD_ACADEMIC_YEAR = "Ha de ser el curs actual o el següent, amb el format AAAA-AAAA ({0}).";
    static final String BAD_MARITAL_STATUS = "L'estat civil ha de ser un d'aquests: {0}.";
    static final String TO_BEFORE_FROM = "La data de tornada no pot ser anterior a la de sortida.";
    static final String STAY_TOO_LONG = "Un formulari de desplaçament cobreix {0} dies com a màxim.";
    static final String NOTHING_TO_CHANGE = "Indiqueu almenys una dada que voleu canviar.";
    static final String UNDER_25 = "El certificat d'estudiant menor de 25 anys és per a qui encara no en té 25 (la persona en té {0}).";
    static final String FROM_25_TO_30 = "El certificat d'estudiant de 25 a 30 anys és per a qui en té de 25 a 30 (la persona en té {0}).";

    public static final List<String> MARITAL_STATUSES = List.of("single", "married", "registered-partnership", "separated",
            "divorced", "widowed");
    private static final Pattern ACADEMIC_YEAR = Pattern.compile("(\\d{4})-(\\d{4})");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public RequestRules {
        conventionCountries = Set.copyOf(conventionCountries);
    }

    /**
     * The fields as they will be kept: each one checked and normalised (trimmed text, upper-case countries), then the
     * rules of the type over them together.
     *
     * @param birthDate the birth date of the person the request is for (the student certificates' ages)
     */
    public Map<String, String> check(RequestForm form, Map<String, String> fields, LocalDate birthDate, LocalDate today) {
        Map<String, String> kept = new TreeMap<>();
        fields.forEach((name, value) -> {
            RequestForm.Field field = form.field(name).orElseThrow(() -> new InvalidInput(at(name), UNKNOWN_FIELD, name));
            if (value != null && !value.isBlank()) {
                kept.put(name, checked(field, value.trim(), today));
            }
        });
        for (RequestForm.Field field : form.fields()) {
            if (field.required() && !kept.containsKey(field.name())) {
                throw new InvalidInput(at(field.name()), REQUIRED);
            }
        }
        typeRules(form.type(), kept, birthDate, today);
        return kept;
    }

    /** How a problem names a field: as the request's body holds it, {@code fields.country}. */
    static String at(String name) {
        return "fields." + name;
    }

    private String checked(RequestForm.Field field, String value, LocalDate today) {
        String name = field.name();
        switch (field.kind()) {
            case TEXT:
                if (value.length() > 120 || value.chars().anyMatch(Character::isISOControl)) {
                    throw new InvalidInput(at(name), BAD_TEXT);
                }
                return value;
            case FUTURE_DATE:
                if (date(name, value).isBefore(today)) {
                    throw new InvalidInput(at(name), NOT_BEFORE_TODAY);
                }
                return value;
            case PAST_DATE:
                if (!date(name, value).isBefore(today)) {
                    throw new InvalidInput(at(name), NOT_IN_THE_PAST);
                }
                return value;
            case COUNTRY:
                return country(name, value);
            case FOREIGN_COUNTRY:
                if (country(name, value).equals("AD")) {
                    throw new InvalidInput(at(name), NOT_ABROAD);
                }
                return value.toUpperCase(Locale.ROOT);
            case CONVENTION_COUNTRY:
                String country = country(name, value);
                if (!conventionCountries.contains(country)) {
                    throw new InvalidInput(at(name), NOT_CONVENTION, String.join(", ", new java.util.TreeSet<>(conventionCountries)));
                }
                return country;
            case ACADEMIC_YEAR:
                return academicYear(name, value, today);
            case MARITAL_STATUS:
                if (!MARITAL_STATUSES.contains(value)) {
                    throw new InvalidInput(at(name), BAD_MARITAL_STATUS, String.join(", ", MARITAL_STATUSES));
                }
                return value;
            default:
                throw new IllegalArgumentException(field.kind().name());
        }
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(at(name), BAD_DATE);
        }
    }

    private static String country(String name, String value) {
        String code = value.toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            throw new InvalidInput(at(name), BAD_COUNTRY);
        }
        return code;
    }

    /** Courses start in September: from then on, this year's; before, last year's. Next year's may be asked ahead. */
    static String academicYear(String name, String value, LocalDate today) {
        int current = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        Matcher m = ACADEMIC_YEAR.matcher(value);
        if (!m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1
                || Integer.parseInt(m.group(1)) < current || Integer.parseInt(m.group(1)) > current + 1) {
            throw new InvalidInput(at(name), BAD_ACADEMIC_YEAR, current + "-" + (current + 1));
        }
        return value;
    }

    private void typeRules(ProcedureType type, Map<String, String> fields, LocalDate birthDate, LocalDate today) {
        int age = Period.between(birthDate, today).getYears();
        switch (type) {
            case STUDENT_CERTIFICATE_UNDER_25: // seed 001: "menor de 25 anys"
                if (age >= 25) {
                    throw new InvalidInput("type", UNDER_25, age);
                }
                break;
            case STUDENT_CERTIFICATE_25_TO_30: // seeds 001 and 002: "de 25 a 30 anys", both ages included
                if (age < 25 || age > 30) {
                    throw new InvalidInput("type", FROM_25_TO_30, age);
                }
                break;
            case TRAVEL_FORM:
                LocalDate from = LocalDate.parse(fields.get("from"));
                LocalDate to = LocalDate.parse(fields.get("to"));
                if (to.isBefore(from)) {
                    throw new InvalidInput(at("to"), TO_BEFORE_FROM);
                }
                if (ChronoUnit.DAYS.between(from, to) + 1 > longestStayDays) {
                    throw new InvalidInput(at("to"), STAY_TOO_LONG, longestStayDays);
                }
                break;
            case PERSONAL_DATA_CHANGE:
                if (fields.isEmpty()) {
                    throw new InvalidInput("fields", NOTHING_TO_CHANGE);
                }
                break;
            default:
                break;
        }
    }
}
