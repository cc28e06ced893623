package ad.cass.online.domain.dependants;

import java.util.Objects;

/** A paper to bring again to stay covered (seed 004, "Per renovacions"), and when. */
public record Renewal(RequiredDocument document, When when) {

    public Renewal {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(when, "when");
    }

    public enum When {
        /** Students: the seed's own words. */
        EVERY_YEAR_FROM_SEPTEMBER("cada any a partir del mes de setembre"),
        /** Job-seekers: the seed gives no date, only a "renovat" certificate, so the registration's renewal sets it. */
        ON_EMPLOYMENT_REGISTRATION_RENEWAL("quan es renovi la inscripció al Servei d'ocupació");

        private final String catalan;

        When(String catalan) {
            this.catalan = catalan;
        }

        public String catalan() {
            return catalan;
        }
    }
}
