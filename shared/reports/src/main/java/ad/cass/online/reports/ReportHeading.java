package ad.cass.online.reports;

import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.settings.Language;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a document says above its table: the title, whose data it is ({@code subject}: name, CASS number), which
 * selection it shows ({@code filters}: period, type) and when it was issued; and, for a document CASS issues as proof
 * (issue 20), its {@code verification}, printed on every page. A list the person exports for themselves has none.
 *
 * @param verification null for a document without one
 */
public record ReportHeading(String title, List<Field> subject, List<Field> filters, Instant issuedAt,
                            ReportLabels labels, Verification verification) {
    public ReportHeading {
        Objects.requireNonNull(title, "title");
        subject = List.copyOf(subject);
        filters = List.copyOf(filters);
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(labels, "labels");
    }

    /** A heading without verification, as the list exports write it. */
    public ReportHeading(String title, List<Field> subject, List<Field> filters, Instant issuedAt, ReportLabels labels) {
        this(title, subject, filters, issuedAt, labels, null);
    }

    /** The same heading with {@code verification} (null for none). */
    public ReportHeading withVerification(Verification verification) {
        return new ReportHeading(title, subject, filters, issuedAt, labels, verification);
    }

    /** Whose data a document holds, as every export names them: the insured person and their CASS number. */
    public static List<Field> subjectOf(Person person) {
        return subjectOf(person, Language.CA);
    }

    /**
     * {@link #subjectOf(Person)} labelled in {@code language}. Two words shared by every document, kept here beside
     * {@link ReportLabels#of} rather than in one family's text table.
     */
    public static List<Field> subjectOf(Person person, Language language) {
        String[] labels = switch (language) {
            case CA -> new String[] {"Persona assegurada", "Número CASS"};
            case ES -> new String[] {"Persona asegurada", "Número CASS"};
            case FR -> new String[] {"Personne assurée", "Numéro CASS"};
            case EN -> new String[] {"Insured person", "CASS number"};
        };
        return List.of(new Field(labels[0], person.fullName()), new Field(labels[1], person.cassNumber().value()));
    }
}
