package ad.cass.online.domain.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An insured person. An indirect one names the direct insured person who covers them ({@code holder})
 * and the relation that justifies it (seed 004).
 */
public record Person(
        CassNumber cassNumber,
        String givenName,
        String familyName,
        LocalDate birthDate,
        InsuredType type,
        CassNumber holder,
        DependantRelation relation,
        EmploymentStatus employmentStatus,
        String email,
        String residenceCountry,
        List<Declarant> declarants) {

    public Person {
        Objects.requireNonNull(cassNumber, "cassNumber");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(employmentStatus, "employmentStatus");
        Objects.requireNonNull(residenceCountry, "residenceCountry");
        declarants = declarants == null ? List.of() : List.copyOf(declarants);
        if (type == InsuredType.INDIRECT && (holder == null || relation == null)) {
            throw new IllegalArgumentException("an indirect insured person needs a holder and a relation");
        }
        if (type == InsuredType.DIRECT && holder != null) {
            throw new IllegalArgumentException("a direct insured person has no holder");
        }
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    public Optional<CassNumber> holderNumber() {
        return Optional.ofNullable(holder);
    }

    public int ageOn(LocalDate day) {
        return java.time.Period.between(birthDate, day).getYears();
    }

    /**
     * The day someone born on {@code birthDate} turns {@code years}, as {@link #ageOn} counts: 29 February's turns on
     * 1 March in a common year.
     */
    public static LocalDate dayTurning(LocalDate birthDate, int years) {
        LocalDate day = birthDate.plusYears(years);
        return java.time.Period.between(birthDate, day).getYears() < years ? day.plusDays(1) : day;
    }
}
