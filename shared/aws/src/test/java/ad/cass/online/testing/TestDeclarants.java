package ad.cass.online.testing;

import ad.cass.online.aws.benefits.DynamoBenefitStore;
import ad.cass.online.aws.declarants.DynamoDeclarantStore;
import ad.cass.online.aws.person.DynamoPersonStore;
import ad.cass.online.domain.benefits.SickLeave;
import ad.cass.online.domain.declarants.ContributionCalculator;
import ad.cass.online.domain.declarants.ContributionParameters;
import ad.cass.online.domain.declarants.ContributionSheet;
import ad.cass.online.domain.declarants.DeclarantFile;
import ad.cass.online.domain.declarants.EmployeeRecord;
import ad.cass.online.domain.declarants.OwnAccountChoice;
import ad.cass.online.domain.declarants.SalaryConcept;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.Declarant;
import ad.cass.online.domain.person.DeclarantKind;
import ad.cass.online.domain.person.EmploymentStatus;
import ad.cass.online.domain.person.InsuredType;
import ad.cass.online.domain.person.Person;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The declarants of the test tables (issue 22), as on 1 December 2026: Núria's own account (820451: every month
 * declared since January 2025 and paid but September 2026; November to declare), her household (930118: Rosa, its
 * employee), and a company (940220, administered by Marc, with Anna, Pere on sick leave, and Laia who left).
 */
public final class TestDeclarants {
    public static final CassNumber MARC = CassNumber.of("100009J");
    public static final CassNumber ROSA = CassNumber.of("100008H");
    public static final CassNumber ANNA = CassNumber.of("100010K");
    public static final CassNumber JOAN = CassNumber.of("100011L");
    public static final CassNumber PERE = CassNumber.of("100012M");
    public static final CassNumber LAIA = CassNumber.of("100013N");
    public static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private TestDeclarants() {
    }

    public static void seed(TestStack stack) {
        DynamoPersonStore people = new DynamoPersonStore(stack.dynamo(), stack.name("PeopleTable"));
        people.save(person(MARC, "Marc", "Serra Vila", List.of(new Declarant("940220", DeclarantKind.COMPANY, "Pirineu Serveis Informàtics SLU"))));
        for (CassNumber e : List.of(ROSA, ANNA, JOAN, PERE, LAIA)) {
            people.save(person(e, "Empleat", e.value(), List.of()));
        }
        ContributionParameters parameters = ContributionParameters.load();
        DynamoDeclarantStore store = new DynamoDeclarantStore(stack.dynamo(), stack.name("RecordsTable"));

        List<ContributionSheet> own = new ArrayList<>();
        for (YearMonth m = YearMonth.of(2025, 1); m.isBefore(YearMonth.of(2026, 11)); m = m.plusMonths(1)) {
            var set = parameters.at(m.atDay(1));
            long base = m.getYear() == 2025 ? 265_428 : 273_119;
            var line = new ContributionSheet.Line(TestPeople.SELF_EMPLOYED, "Núria Puig Riba", m.lengthOfMonth(), List.of(),
                    ContributionCalculator.ownAccount(base, set));
            own.add(sheet("820451", m, List.of(line), set.dueDate(m), !m.equals(YearMonth.of(2026, 9))));
        }
        store.save(file("820451", DeclarantKind.SELF_EMPLOYED, "Núria Puig Riba - Disseny gràfic", TestPeople.SELF_EMPLOYED,
                LocalDate.of(2019, 3, 1)), own, List.of(), List.of(
                new OwnAccountChoice("820451", 2025, BigDecimal.valueOf(100), 265_428, LocalDate.of(2025, 1, 1), NOW),
                new OwnAccountChoice("820451", 2026, BigDecimal.valueOf(100), 273_119, LocalDate.of(2026, 1, 1), NOW)));

        store.save(file("930118", DeclarantKind.HOUSEHOLD_EMPLOYER, "Llar Puig Riba", TestPeople.SELF_EMPLOYED, LocalDate.of(2024, 9, 1)),
                employed(parameters, "930118", List.of(ROSA), 950_00), List.of(
                        new EmployeeRecord("930118", ROSA, "Rosa Martins Ferreira", LocalDate.of(2024, 9, 1), null)), List.of());

        store.save(file("940220", DeclarantKind.COMPANY, "Pirineu Serveis Informàtics SLU", MARC, LocalDate.of(2020, 1, 1)),
                employed(parameters, "940220", List.of(ANNA, JOAN, PERE), 2_100_00), List.of(
                        new EmployeeRecord("940220", ANNA, "Anna Serra Pons", LocalDate.of(2020, 1, 1), null),
                        new EmployeeRecord("940220", JOAN, "Joan Pujol Vidal", LocalDate.of(2021, 3, 15), null),
                        new EmployeeRecord("940220", PERE, "Pere Vila Soler", LocalDate.of(2022, 9, 1), null),
                        new EmployeeRecord("940220", LAIA, "Laia Roca Font", LocalDate.of(2023, 2, 1), LocalDate.of(2024, 6, 30))), List.of());
        new DynamoBenefitStore(stack.dynamo(), stack.name("RecordsTable")).saveSickLeaves(List.of(
                new SickLeave(PERE, "IT-2026-005001", "940220", "Pirineu Serveis Informàtics SLU", LocalDate.of(2026, 11, 16), null,
                        List.of(new SickLeave.Extension(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 15))),
                        List.of(new SickLeave.DaysPaid(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 18), SickLeave.Payer.EMPLOYER,
                                70_00, LocalDate.of(2026, 11, 30)),
                                new SickLeave.DaysPaid(LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 30), SickLeave.Payer.CASS,
                                        46_20, LocalDate.of(2026, 11, 30))))));
    }

    /** Every month from January 2025 to October 2026, each employee at {@code salaryCents}, declared and paid. */
    static List<ContributionSheet> employed(ContributionParameters parameters, String number, List<CassNumber> who, long salaryCents) {
        List<ContributionSheet> sheets = new ArrayList<>();
        for (YearMonth m = YearMonth.of(2025, 1); m.isBefore(YearMonth.of(2026, 11)); m = m.plusMonths(1)) {
            var set = parameters.at(m.atDay(1));
            List<ContributionSheet.Line> lines = new ArrayList<>();
            for (CassNumber e : who) {
                lines.add(new ContributionSheet.Line(e, "Empleat " + e.value(), 30,
                        List.of(new ContributionSheet.SalaryLine(SalaryConcept.SB, salaryCents)),
                        ContributionCalculator.employed(salaryCents, set)));
            }
            sheets.add(sheet(number, m, lines, set.dueDate(m), true));
        }
        return sheets;
    }

    static ContributionSheet sheet(String number, YearMonth m, List<ContributionSheet.Line> lines, LocalDate due, boolean paid) {
        Instant declared = m.plusMonths(1).atDay(12).atStartOfDay().toInstant(ZoneOffset.UTC);
        long total = lines.stream().mapToLong(l -> l.contribution().totalCents()).sum();
        return new ContributionSheet(number, m, lines, declared, due, "seed-" + number + "-" + m,
                paid ? new ContributionSheet.Payment("CASS-" + number + "-" + m, declared, total, m.plusMonths(1).atDay(20)) : null);
    }

    static DeclarantFile file(String number, DeclarantKind kind, String name, CassNumber holder, LocalDate registered) {
        return new DeclarantFile(number, kind, name, holder, "Carrer de la Unió 12, AD500 Andorra la Vella", "Activitat de " + name,
                "declarant" + number + "@example.ad", "+376812345", "AD1200012030200359100100", registered, null);
    }

    static Person person(CassNumber who, String given, String family, List<Declarant> declarants) {
        return new Person(who, given, family, LocalDate.of(1985, 5, 5), InsuredType.DIRECT, null, null, EmploymentStatus.EMPLOYED,
                given.toLowerCase() + "." + who.value() + "@example.ad", "AD", declarants);
    }
}
