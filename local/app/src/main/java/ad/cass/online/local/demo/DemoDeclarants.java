package ad.cass.online.local.demo;

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
 * The demo's declarants (issue 22), as on 1 December 2026: Núria's own account (820451: every month declared since
 * January 2025 and paid, but September 2026, overdue with its surcharge; November to declare), her household
 * (930118: Rosa looks after the house), and a small company, Pirineu Serveis Informàtics SLU (940220, administered by
 * Albert, reachable with the CASS digital certificate CD-0940-2024): Anna, Joan, Pere (on sick leave since
 * 16/11/2026) and Laia, who left in 2024.
 */
final class DemoDeclarants {
    static final CassNumber ADMINISTRATOR = CassNumber.of("100009J");
    static final CassNumber HOUSEKEEPER = CassNumber.of("100008H");
    static final CassNumber ANNA = CassNumber.of("100010K");
    static final CassNumber JOAN = CassNumber.of("100011L");
    static final CassNumber PERE = CassNumber.of("100012M");
    static final CassNumber LAIA = CassNumber.of("100013N");
    static final String COMPANY = "940220";
    private static final YearMonth FIRST = YearMonth.of(2025, 1);
    /** The last month declared: November 2026 is still to declare on 1 December. */
    private static final YearMonth LAST = YearMonth.of(2026, 10);

    /** One declarant's records, as DeclarantStore.save takes them. */
    record Records(DeclarantFile file, List<ContributionSheet> sheets, List<EmployeeRecord> employees, List<OwnAccountChoice> choices) {
    }

    private DemoDeclarants() {
    }

    static List<Person> people() {
        return List.of(
                new Person(ADMINISTRATOR, "Albert", "Serra Vila", LocalDate.of(1978, 10, 3), InsuredType.DIRECT, null, null,
                        EmploymentStatus.EMPLOYED, "albert.serra@example.ad", "AD",
                        List.of(new Declarant(COMPANY, DeclarantKind.COMPANY, "Pirineu Serveis Informàtics SLU"))),
                employee(HOUSEKEEPER, "Rosa", "Martins Ferreira", LocalDate.of(1969, 8, 21)),
                employee(ANNA, "Anna", "Serra Pons", LocalDate.of(1990, 2, 14)),
                employee(JOAN, "Joan", "Pujol Vidal", LocalDate.of(1995, 6, 30)),
                employee(PERE, "Pere", "Vila Soler", LocalDate.of(1984, 12, 1)),
                employee(LAIA, "Laia", "Roca Font", LocalDate.of(1998, 4, 5)));
    }

    static List<Records> declarants(CassNumber selfEmployed) {
        ContributionParameters parameters = ContributionParameters.load();
        List<ContributionSheet> own = new ArrayList<>();
        for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1)) {
            var set = parameters.at(m.atDay(1));
            var line = new ContributionSheet.Line(selfEmployed, "Núria Puig Riba", m.lengthOfMonth(), List.of(),
                    ContributionCalculator.ownAccount(set.bandBasesCents().get(2), set)); // the 100 % band
            own.add(sheet("820451", m, List.of(line), set.dueDate(m), !m.equals(YearMonth.of(2026, 9))));
        }
        List<OwnAccountChoice> choices = List.of(
                new OwnAccountChoice("820451", 2025, BigDecimal.valueOf(100), parameters.at(LocalDate.of(2025, 1, 1)).bandBasesCents().get(2),
                        LocalDate.of(2025, 1, 1), Instant.parse("2024-12-10T09:30:00Z")),
                new OwnAccountChoice("820451", 2026, BigDecimal.valueOf(100), parameters.at(LocalDate.of(2026, 1, 1)).bandBasesCents().get(2),
                        LocalDate.of(2026, 1, 1), Instant.parse("2025-12-09T10:05:00Z")));
        Records ownAccount = new Records(file("820451", DeclarantKind.SELF_EMPLOYED, "Núria Puig Riba - Disseny gràfic", selfEmployed,
                "Carrer de la Unió 12, 2n, AD500 Andorra la Vella", "Disseny gràfic", "nuria.puig@example.ad", LocalDate.of(2019, 3, 1)),
                own, List.of(), choices);

        Records household = new Records(file("930118", DeclarantKind.HOUSEHOLD_EMPLOYER, "Llar Puig Riba", selfEmployed,
                "Carrer de la Unió 12, 2n, AD500 Andorra la Vella", "Treball domèstic", "nuria.puig@example.ad", LocalDate.of(2021, 9, 1)),
                employed(parameters, "930118", List.of(new Pay(HOUSEKEEPER, "Rosa Martins Ferreira", 1_180_00, 0))),
                List.of(new EmployeeRecord("930118", HOUSEKEEPER, "Rosa Martins Ferreira", LocalDate.of(2021, 9, 1), null)), List.of());

        Records company = new Records(file(COMPANY, DeclarantKind.COMPANY, "Pirineu Serveis Informàtics SLU", ADMINISTRATOR,
                "Avinguda Carlemany 61, AD700 Escaldes-Engordany", "Serveis informàtics", "administracio@pirineuserveis.example.ad",
                LocalDate.of(2015, 4, 1)),
                employed(parameters, COMPANY, List.of(new Pay(ANNA, "Anna Serra Pons", 2_650_00, 79_50),
                        new Pay(JOAN, "Joan Pujol Vidal", 1_980_00, 0), new Pay(PERE, "Pere Vila Soler", 2_240_00, 44_80))),
                List.of(new EmployeeRecord(COMPANY, ANNA, "Anna Serra Pons", LocalDate.of(2015, 4, 1), null),
                        new EmployeeRecord(COMPANY, JOAN, "Joan Pujol Vidal", LocalDate.of(2022, 9, 12), null),
                        new EmployeeRecord(COMPANY, PERE, "Pere Vila Soler", LocalDate.of(2018, 1, 8), null),
                        new EmployeeRecord(COMPANY, LAIA, "Laia Roca Font", LocalDate.of(2021, 2, 1), LocalDate.of(2024, 6, 30))),
                List.of());
        return List.of(ownAccount, household, company);
    }

    /** Pere's sick leave: since 16/11/2026, extended to 15/12; the company paid the first three days, CASS the rest. */
    static List<SickLeave> sickLeaves() {
        return List.of(new SickLeave(PERE, "IT-2026-005001", COMPANY, "Pirineu Serveis Informàtics SLU", LocalDate.of(2026, 11, 16), null,
                List.of(new SickLeave.Extension(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 15))),
                List.of(new SickLeave.DaysPaid(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 18), SickLeave.Payer.EMPLOYER,
                                74_67, LocalDate.of(2026, 11, 30)),
                        new SickLeave.DaysPaid(LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 30), SickLeave.Payer.CASS,
                                49_28, LocalDate.of(2026, 11, 30)))));
    }

    /** An employee's monthly salary: the base, and the seniority bonus (PA) when there is one. */
    private record Pay(CassNumber who, String name, long baseCents, long seniorityCents) {
    }

    private static List<ContributionSheet> employed(ContributionParameters parameters, String number, List<Pay> pays) {
        List<ContributionSheet> sheets = new ArrayList<>();
        for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1)) {
            var set = parameters.at(m.atDay(1));
            List<ContributionSheet.Line> lines = new ArrayList<>();
            for (Pay p : pays) {
                List<ContributionSheet.SalaryLine> salary = new ArrayList<>(List.of(new ContributionSheet.SalaryLine(SalaryConcept.SB, p.baseCents())));
                if (p.seniorityCents() > 0) {
                    salary.add(new ContributionSheet.SalaryLine(SalaryConcept.PA, p.seniorityCents()));
                }
                if (m.getMonthValue() == 6 || m.getMonthValue() == 12) { // the two extra payments
                    salary.add(new ContributionSheet.SalaryLine(SalaryConcept.PE, p.baseCents()));
                }
                long gross = salary.stream().mapToLong(ContributionSheet.SalaryLine::cents).sum();
                lines.add(new ContributionSheet.Line(p.who(), p.name(), 30, salary, ContributionCalculator.employed(gross, set)));
            }
            sheets.add(sheet(number, m, lines, set.dueDate(m), true));
        }
        return sheets;
    }

    /** Declared on the 12th of the month after, paid on the 20th (in time), or not paid. */
    private static ContributionSheet sheet(String number, YearMonth m, List<ContributionSheet.Line> lines, LocalDate due, boolean paid) {
        Instant declared = m.plusMonths(1).atDay(12).atTime(9, 30).toInstant(ZoneOffset.UTC);
        long total = lines.stream().mapToLong(l -> l.contribution().totalCents()).sum();
        String reference = ContributionSheet.paymentReference(number, m);
        return new ContributionSheet(number, m, lines, declared, due, "demo-" + number + "-" + m,
                paid ? new ContributionSheet.Payment(reference, declared, total, m.plusMonths(1).atDay(20)) : null);
    }

    private static DeclarantFile file(String number, DeclarantKind kind, String name, CassNumber holder, String address, String activity,
                                      String email, LocalDate registered) {
        return new DeclarantFile(number, kind, name, holder, address, activity, email, "+376 812 345".replace(" ", ""),
                "AD1200012030200359100100", registered, null);
    }

    private static Person employee(CassNumber who, String given, String family, LocalDate born) {
        return new Person(who, given, family, born, InsuredType.DIRECT, null, null, EmploymentStatus.EMPLOYED,
                given.toLowerCase() + "." + family.split(" ")[0].toLowerCase() + "@example.ad", "AD", List.of());
    }
}
