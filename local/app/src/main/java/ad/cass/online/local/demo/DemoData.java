package ad.cass.online.local.demo;

import ad.cass.online.domain.benefits.Payment;
import ad.cass.online.domain.benefits.SickLeave;
import ad.cass.online.domain.benefits.WorkSuspension;
import ad.cass.online.domain.contributions.EmploymentPeriod;
import ad.cass.online.domain.eligibility.Entitlement;
import ad.cass.online.domain.eligibility.SocialSituation;
import ad.cass.online.domain.contributions.ForeignPeriod;
import ad.cass.online.domain.contributions.IncomeConcept;
import ad.cass.online.domain.contributions.IncomeMonth;
import ad.cass.online.domain.contributions.PointsYear;
import ad.cass.online.domain.contributions.Scheme;
import ad.cass.online.domain.doctors.Doctor;
import ad.cass.online.domain.doctors.DoctorAssignment;
import ad.cass.online.domain.news.NewsItem;
import ad.cass.online.domain.notices.ActiveNotice;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.Coverage;
import ad.cass.online.domain.person.Declarant;
import ad.cass.online.domain.person.DeclarantKind;
import ad.cass.online.domain.person.DependantRelation;
import ad.cass.online.domain.person.EmploymentStatus;
import ad.cass.online.domain.person.InsuredType;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.personalfile.BankAccount;
import ad.cass.online.domain.personalfile.BankChangeRequest;
import ad.cass.online.domain.personalfile.FileRecord;
import ad.cass.online.domain.personalfile.PostalAddress;
import ad.cass.online.domain.procedures.DocumentRole;
import ad.cass.online.domain.procedures.Procedure;
import ad.cass.online.domain.procedures.ProcedureDocument;
import ad.cass.online.domain.procedures.ProcedureStatus;
import ad.cass.online.domain.reimbursements.BenefitKind;
import ad.cass.online.domain.reimbursements.Payee;
import ad.cass.online.domain.reimbursements.ReimbursedAct;
import ad.cass.online.domain.reimbursements.ReimbursementSheet;
import ad.cass.online.domain.reimbursements.ReimbursementStatus;
import ad.cass.online.domain.travel.TravelForm;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.domain.lifecertificates.PensionRecord;
import ad.cass.online.domain.lifecertificates.PensionState;
import ad.cass.online.domain.lifecertificates.Pensioner;
import java.util.Map;
import java.util.Random;

/**
 * The demo people of the local runtime (README, "Demo people"). Deterministic: the same seed gives the
 * same salaries, sheets and points on every run, so screenshots and tests can rely on them. Figures are
 * plausible for Andorra but illustrative; the point value used for old-age points is not the official one.
 */
public final class DemoData {
    public static final String PIN = "Demo-2026!";
    /** Data runs up to this month, whatever the date the runtime starts on. */
    public static final YearMonth LAST_MONTH = YearMonth.of(2026, 10);
    private static final ZoneId ANDORRA = ZoneId.of("Europe/Andorra");

    public static final CassNumber EMPLOYEE = CassNumber.of("100001A");
    public static final CassNumber CHILD = CassNumber.of("100002B");
    public static final CassNumber STUDENT = CassNumber.of("100003C");
    public static final CassNumber SELF_EMPLOYED = CassNumber.of("100004D");
    public static final CassNumber PENSIONER_ABROAD = CassNumber.of("100005E");
    public static final CassNumber PENSIONER_HOME = CassNumber.of("100006F");
    /** A dependant of 100001A until 2024, now insured in his own right: 100001A can no longer reach him. */
    public static final CassNumber FORMER_DEPENDANT = CassNumber.of("100007G");

    public final List<Person> people = new ArrayList<>();
    public final List<Procedure> procedures = new ArrayList<>();
    public final List<ReimbursementSheet> reimbursements = new ArrayList<>();
    public final List<IncomeMonth> income = new ArrayList<>();
    public final List<PointsYear> points = new ArrayList<>();
    public final List<Coverage> coverage = new ArrayList<>();
    public final List<DoctorAssignment> doctors = new ArrayList<>();
    public final List<TravelForm> travelForms = new ArrayList<>();
    public final List<ActiveNotice> notices = new ArrayList<>();
    public final List<NewsItem> news = new ArrayList<>();
    public final List<EmploymentPeriod> employment = new ArrayList<>();
    /** Sick leaves, payments CASS made, suspensions of work (seeds 001/002). */
    public final List<SickLeave> sickLeaves = new ArrayList<>();
    public final List<Payment> payments = new ArrayList<>();
    public final List<WorkSuspension> workSuspensions = new ArrayList<>();
    /** What decides the third-party payer and the 100 % reimbursement (seed 003 §4). */
    public final List<SocialSituation> situations = new ArrayList<>();
    /** Periods insured in a convention country that CASS totalises (seed 000 §2.2.1). */
    public final List<ForeignPeriod> foreignPeriods = new ArrayList<>();
    /**
     * Proof of life (issue 21): Jean-Pierre in France, whose pension has a supplement (two certificates), is asked on
     * 1 November 2026 by the campaign's opening run ({@link DemoLoader}) and has sent nothing yet; Montserrat lives in
     * Andorra and is checked only when CASS draws her.
     */
    public final List<PensionRecord> pensions = List.of(
            new PensionRecord(new Pensioner(PENSIONER_ABROAD, "FR", 1_212_40, true, Language.FR), PensionState.paid(),
                    Map.of(), java.util.Set.of(), 0),
            new PensionRecord(new Pensioner(PENSIONER_HOME, "AD", 1_044_85, false, Language.CA), PensionState.paid(),
                    Map.of(), java.util.Set.of(), 0));
    /** Phone, address and bank account of each personal file (seed 000 §2.2.1). */
    public final Map<CassNumber, FileRecord> files = new LinkedHashMap<>();
    /** The CASS directory one chooses a referring doctor from (seeds 001/002). */
    public final List<Doctor> directory = List.of(
            new Doctor("MR-0142", "Dr. Pere Soler Mas", "Medicina general", "Andorra la Vella", true),
            new Doctor("MR-0207", "Dra. Anna Ribó Pons", "Pediatria", "Escaldes-Engordany", true),
            new Doctor("MR-0388", "Dra. Marta Casals Vila", "Medicina general", "Escaldes-Engordany", true),
            new Doctor("MR-0419", "Dr. Jaume Coma Riu", "Medicina general", "La Massana", true),
            new Doctor("MR-0455", "Dra. Sílvia Pujol Ferrer", "Medicina general", "Sant Julià de Lòria", true),
            new Doctor("MR-0501", "Dr. Oriol Bonet Calvó", "Pediatria", "Encamp", true),
            new Doctor("MR-0555", "Dr. Ramon Estany Guitart", "Medicina general", "Canillo", false),
            new Doctor("MR-0612", "Dra. Elena Torres Bach", "Medicina general", "Ordino", true));
    /** SERIALNUMBER of each adult's government certificate (the local authority issues them at start). */
    public final Map<CassNumber, String> governmentIds = Map.of(
            EMPLOYEE, "AD-0771234-X", STUDENT, "AD-0930411-K", SELF_EMPLOYED, "AD-0512278-B",
            PENSIONER_ABROAD, "FR-1590612-M", PENSIONER_HOME, "AD-0401866-T", FORMER_DEPENDANT, "AD-0880907-R");
    /** CASS digital certificates (seed 002) of 100004D: contract number → declarant; password {@link #PIN}. */
    public final Map<String, String> contracts = Map.of("CD-0451-2019", "820451", "CD-0118-2021", "930118",
            // issue 22: the company's, held by its administrator
            "CD-0940-2024", DemoDeclarants.COMPANY);
    /**
     * Who holds a PIN of their own (seed 000: "a dependant may get their own access"): every adult, and the
     * student dependant who asked for it; not the 12-year-old, whose holder acts for him.
     */
    public final java.util.Set<CassNumber> ownAccess = java.util.Set.of(EMPLOYEE, STUDENT, SELF_EMPLOYED,
            PENSIONER_ABROAD, PENSIONER_HOME, FORMER_DEPENDANT, DemoDeclarants.ADMINISTRATOR);
    /** Issue 22: the declarants' files, sheets, employees and own-account bases (DemoDeclarants). */
    public final List<DemoDeclarants.Records> declarants = new ArrayList<>();

    private final Random random = new Random(2026);

    public static DemoData build() {
        DemoData d = new DemoData();
        d.people();
        d.workingLives();
        d.procedures();
        d.reimbursements();
        d.ownSpace();
        d.personalFiles();
        d.benefits();
        d.declarants();
        return d;
    }

    private void declarants() {
        declarants.addAll(DemoDeclarants.declarants(SELF_EMPLOYED));
        sickLeaves.addAll(DemoDeclarants.sickLeaves());
    }

    /** Who holds the declarant {@code number}: the person whose roles include it (a contract's holder). */
    public CassNumber holderOf(String number) {
        return people.stream().filter(p -> p.declarants().stream().anyMatch(d -> d.number().equals(number)))
                .map(Person::cassNumber).findFirst().orElseThrow();
    }

    private void people() {
        people.add(new Person(EMPLOYEE, "Jordi", "Vidal Font", LocalDate.of(1981, 3, 14), InsuredType.DIRECT, null, null,
                EmploymentStatus.EMPLOYED, "jordi.vidal@example.ad", "AD", List.of()));
        people.add(new Person(CHILD, "Pau", "Vidal Serra", LocalDate.of(2014, 5, 20), InsuredType.INDIRECT, EMPLOYEE,
                DependantRelation.CHILD_UNDER_18, EmploymentStatus.STUDENT, null, "AD", List.of()));
        people.add(new Person(STUDENT, "Laia", "Vidal Serra", LocalDate.of(2006, 2, 11), InsuredType.INDIRECT, EMPLOYEE,
                DependantRelation.STUDENT_18_TO_25, EmploymentStatus.STUDENT, "laia.vidal@example.ad", "AD", List.of()));
        people.add(new Person(SELF_EMPLOYED, "Núria", "Puig Riba", LocalDate.of(1975, 7, 2), InsuredType.DIRECT, null, null,
                EmploymentStatus.SELF_EMPLOYED, "nuria.puig@example.ad", "AD", List.of(
                new Declarant("820451", DeclarantKind.SELF_EMPLOYED, "Núria Puig Riba - Disseny gràfic"),
                new Declarant("930118", DeclarantKind.HOUSEHOLD_EMPLOYER, "Llar Puig Riba"))));
        people.add(new Person(PENSIONER_ABROAD, "Jean-Pierre", "Martin Roca", LocalDate.of(1959, 6, 12), InsuredType.DIRECT,
                null, null, EmploymentStatus.PENSIONER, "jp.martin@example.fr", "FR", List.of()));
        people.add(new Person(PENSIONER_HOME, "Montserrat", "Armengol Tor", LocalDate.of(1956, 4, 18), InsuredType.DIRECT,
                null, null, EmploymentStatus.PENSIONER, "montserrat.armengol@example.ad", "AD", List.of()));
        // seed 004: a student stays a dependant until 25; since then Marc is insured through his own job
        people.add(new Person(FORMER_DEPENDANT, "Marc", "Vidal Serra", LocalDate.of(1999, 1, 9), InsuredType.DIRECT, null, null,
                EmploymentStatus.EMPLOYED, "marc.vidal@example.ad", "AD", List.of()));
        // issue 22: a company's administrator and the declarants' employees
        people.addAll(DemoDeclarants.people());
    }

    private record Job(String declarantNumber, String declarantName, Scheme scheme, YearMonth from, YearMonth to,
                       long startMonthlyCents) {
    }

    private void workingLives() {
        working(EMPLOYEE, List.of(
                new Job("501877", "Supermercats Pyrénées SA", Scheme.GENERAL, YearMonth.of(2003, 9), YearMonth.of(2010, 2), 1_180_00),
                new Job("507342", "Banc Andorrà de Crèdit SA", Scheme.GENERAL, YearMonth.of(2010, 3), LAST_MONTH, 2_150_00)));
        working(SELF_EMPLOYED, List.of(
                new Job("503119", "Impremta Escaldes SL", Scheme.GENERAL, YearMonth.of(1997, 1), YearMonth.of(2008, 5), 1_020_00),
                new Job("820451", "Núria Puig Riba - Disseny gràfic", Scheme.SELF_EMPLOYED, YearMonth.of(2008, 6), LAST_MONTH, 1_650_00)));
        working(PENSIONER_ABROAD, List.of(
                new Job("500214", "Hotel Roc de Sant Julià SA", Scheme.GENERAL, YearMonth.of(1981, 4), YearMonth.of(1999, 11), 520_00),
                new Job("504466", "Grandvalira Serveis SA", Scheme.GENERAL, YearMonth.of(1999, 12), YearMonth.of(2024, 6), 1_310_00)));
        working(PENSIONER_HOME, List.of(
                new Job("500031", "Comerç Armengol SL", Scheme.GENERAL, YearMonth.of(1974, 9), YearMonth.of(1992, 12), 310_00),
                new Job("502208", "Comú d'Encamp", Scheme.GENERAL, YearMonth.of(1993, 1), YearMonth.of(2021, 4), 1_240_00)));
        working(FORMER_DEPENDANT, List.of(
                new Job("508815", "Andorra Telecom SAU", Scheme.GENERAL, YearMonth.of(2024, 2), LAST_MONTH, 1_890_00)));
        // before coming home, Marc worked in Barcelona: 28 months Spain certified, counted with his Andorran ones
        foreignPeriods.add(new ForeignPeriod(FORMER_DEPENDANT, "ES", LocalDate.of(2021, 9, 1), LocalDate.of(2023, 12, 31)));
        // Jean-Pierre's first years, in France, before his 43 years in Andorra
        foreignPeriods.add(new ForeignPeriod(PENSIONER_ABROAD, "FR", LocalDate.of(1977, 9, 1), LocalDate.of(1981, 3, 31)));
    }

    private void working(CassNumber subject, List<Job> jobs) {
        Map<Integer, Long> grossByYear = new LinkedHashMap<>();
        for (Job job : jobs) {
            // the working life in periods (historial laboral); one still running has no end
            employment.add(new EmploymentPeriod(subject, job.declarantNumber(), job.declarantName(), job.scheme(),
                    job.from().atDay(1), job.to().equals(LAST_MONTH) ? null : job.to().atEndOfMonth()));
            long monthly = job.startMonthlyCents();
            for (YearMonth m = job.from(); !m.isAfter(job.to()); m = m.plusMonths(1)) {
                if (m.getMonthValue() == 1 && !m.equals(job.from())) {
                    monthly = monthly * (1020 + random.nextInt(25)) / 1000; // yearly rise of 2.0 % to 4.4 %
                }
                List<IncomeConcept> concepts = concepts(job, m, monthly);
                IncomeMonth month = new IncomeMonth(subject, m, job.declarantNumber(), job.declarantName(), job.scheme(), concepts);
                income.add(month);
                grossByYear.merge(m.getYear(), month.grossCents(), Long::sum);
            }
        }
        grossByYear.forEach((year, gross) -> points.add(new PointsYear(subject, year, points(year, gross))));
    }

    private List<IncomeConcept> concepts(Job job, YearMonth m, long monthly) {
        List<IncomeConcept> concepts = new ArrayList<>();
        if (job.scheme() == Scheme.SELF_EMPLOYED) {
            concepts.add(new IncomeConcept("BCP", "Base de cotització compte propi", monthly));
            return concepts;
        }
        concepts.add(new IncomeConcept("SB", "Salari base", monthly));
        int years = m.getYear() - job.from().getYear();
        if (years >= 3) {
            concepts.add(new IncomeConcept("PA", "Plus d'antiguitat", monthly * Math.min(years / 3, 6) / 100));
        }
        if (random.nextInt(6) == 0) {
            concepts.add(new IncomeConcept("HE", "Hores extraordinàries", 40_00 + random.nextInt(160_00)));
        }
        if (m.getMonthValue() == 6 || m.getMonthValue() == 12) {
            concepts.add(new IncomeConcept("PE", "Paga extraordinària", monthly));
        }
        return concepts;
    }

    /** Illustrative: 12 % of the year's gross buys points at a point value rising from 2.40 € (1974) to 5.92 € (2026). */
    static long points(int year, long grossCents) {
        long pointValueCents = 240 + (year - 1974) * (592 - 240) / (2026 - 1974);
        return grossCents * 12 / 100 * 1000 / pointValueCents;
    }

    private void procedures() {
        procedures.add(procedure(EMPLOYEE, "TA2026-004512", "Certificat de cobertura sanitària", LocalDate.of(2026, 3, 2),
                ProcedureStatus.FINISHED, false, new ProcedureDocument("Certificat de cobertura sanitària.pdf", DocumentRole.OUTPUT)));
        // filed through the portal (seed 001): what Jordi asked to change, and the papers that prove it, still to bring
        Procedure nameChange = procedure(EMPLOYEE, "TA2026-006120", "Modificació de dades personals", LocalDate.of(2026, 10, 28),
                ProcedureStatus.PENDING, false, new ProcedureDocument("Document acreditatiu del canvi", DocumentRole.MANDATORY),
                new ProcedureDocument("Altres justificants", DocumentRole.OPTIONAL));
        procedures.add(nameChange.changed(nameChange.modifiedAt(), nameChange.status(), nameChange.documents(),
                Map.of("familyName", "Vidal i Font", "maritalStatus", "married")));
        procedures.add(procedure(EMPLOYEE, "TA2025-011874", "Extracte d'ingressos", LocalDate.of(2025, 12, 15),
                ProcedureStatus.FINISHED, true, new ProcedureDocument("Extracte d'ingressos 2025.pdf", DocumentRole.OUTPUT)));
        procedures.add(procedure(CHILD, "TA2026-005233", "Formulari de desplaçament", LocalDate.of(2026, 7, 1),
                ProcedureStatus.IN_PROGRESS, false, new ProcedureDocument("Formulari de desplaçament.pdf", DocumentRole.OUTPUT)));
        procedures.add(procedure(STUDENT, "TA2026-008801", "Certificat d'estudiant menor de 25 anys", LocalDate.of(2026, 9, 8),
                ProcedureStatus.FINISHED, false, new ProcedureDocument("Certificat de matrícula del curs 2026-2027", DocumentRole.MANDATORY),
                new ProcedureDocument("Certificat d'estudiant.pdf", DocumentRole.OUTPUT)));
        procedures.add(procedure(SELF_EMPLOYED, "TA2026-003302", "Declaració de la base de cotització del compte propi",
                LocalDate.of(2026, 1, 20), ProcedureStatus.IN_PROGRESS, true,
                new ProcedureDocument("Declaració de rendiments 2025", DocumentRole.MANDATORY)));
        procedures.add(procedure(PENSIONER_ABROAD, "TA2026-007001", "Fe de vida - campanya de novembre 2026",
                LocalDate.of(2026, 11, 2), ProcedureStatus.PENDING, false,
                new ProcedureDocument("Certificat de vida emès per la mairie", DocumentRole.MANDATORY)));
        procedures.add(procedure(PENSIONER_HOME, "TA2026-002950", "Assignació de metge referent", LocalDate.of(2026, 2, 9),
                ProcedureStatus.FINISHED, false));
        // issue 22: what the company's administrator filed for it (professional: the company's affairs)
        procedures.add(procedure(DemoDeclarants.ADMINISTRATOR, "TA2024-004410", "Baixa d'empleat: Laia Roca Font (940220)",
                LocalDate.of(2024, 6, 20), ProcedureStatus.FINISHED, true));
        procedures.add(procedure(FORMER_DEPENDANT, "TA2024-000318", "Baixa d'assegurat indirecte per edat", LocalDate.of(2024, 1, 9),
                ProcedureStatus.FINISHED, false));
        procedures.add(procedure(PENSIONER_HOME, BANK_CHANGE, "Canvi de dades bancàries", LocalDate.of(2026, 11, 24),
                ProcedureStatus.IN_PROGRESS, false, new ProcedureDocument("Certificat de titularitat del compte", DocumentRole.OPTIONAL)));
    }

    private static final String BANK_CHANGE = "TA2026-009114";

    /**
     * Seed 000 §2.2.1, "Veure fitxa": phone, postal address and the bank account CASS pays into. The IBANs are
     * valid (ISO 13616 check digits) but belong to nobody. 100006F has asked to change hers (seed: the
     * procedure "canvi de dades bancàries"), which CASS has yet to confirm.
     */
    private void personalFiles() {
        PostalAddress vidal = new PostalAddress("Avinguda Meritxell, 58, 3r 2a", "AD500", "Andorra la Vella", "AD");
        files.put(EMPLOYEE, new FileRecord("+376812345", vidal,
                new BankAccount("AD1200012030200359100100", LocalDate.of(2010, 3, 1)), null, null, 1));
        files.put(CHILD, new FileRecord(null, vidal, null, null, null, 1));
        files.put(STUDENT, new FileRecord("+376355120", vidal, null, null, null, 1));
        files.put(SELF_EMPLOYED, new FileRecord("+376846210", new PostalAddress("Carrer de la Unió, 7", "AD700",
                "Escaldes-Engordany", "AD"), new BankAccount("AD2400047010000002489101", LocalDate.of(2008, 6, 1)), null, null, 1));
        files.put(PENSIONER_ABROAD, new FileRecord("+33612345678", new PostalAddress("12, rue des Pyrénées", "66000",
                "Perpignan", "FR"), new BankAccount("FR1420041010050500013M02606", LocalDate.of(2024, 7, 1)), null, null, 1));
        files.put(PENSIONER_HOME, new FileRecord("+376731904", new PostalAddress("Carrer Major, 21", "AD200", "Encamp", "AD"),
                new BankAccount("AD8000083001000000007700", LocalDate.of(2021, 5, 1)),
                new BankChangeRequest(BANK_CHANGE, "AD7700047020654321987000",
                        LocalDate.of(2026, 11, 24).atTime(10, 15).atZone(ANDORRA).toInstant()), null, 1));
        files.put(FORMER_DEPENDANT, new FileRecord("+376690118", new PostalAddress("Carrer de les Canals, 3", "AD400",
                "La Massana", "AD"), new BankAccount("AD3200012030987654321000", LocalDate.of(2024, 2, 1)), null, null, 1));
        files.put(DemoDeclarants.ADMINISTRATOR, new FileRecord("+376862540", new PostalAddress("Carrer de la Creu Blanca, 9", "AD700",
                "Escaldes-Engordany", "AD"), new BankAccount("AD6900012030445566778899", LocalDate.of(2015, 4, 1)), null, null, 1));
        // the employees have no access of their own: an address on file, as CASS keeps for everyone it insures
        List.of(DemoDeclarants.HOUSEKEEPER, DemoDeclarants.ANNA, DemoDeclarants.JOAN, DemoDeclarants.PERE, DemoDeclarants.LAIA)
                .forEach(e -> files.put(e, new FileRecord(null, new PostalAddress("Carrer Major, 4", "AD600", "Sant Julià de Lòria", "AD"),
                        null, null, null, 1)));
    }

    private static Procedure procedure(CassNumber subject, String code, String type, LocalDate start, ProcedureStatus status,
                                       boolean professional, ProcedureDocument... documents) {
        LocalDateTime modified = start.plusDays(status == ProcedureStatus.PENDING ? 0 : 6).atTime(10, 15);
        // a finished procedure has every document: the ones brought and the outputs CASS attached
        List<ProcedureDocument> kept = new ArrayList<>();
        for (int i = 0; i < documents.length; i++) {
            kept.add(status != ProcedureStatus.FINISHED ? documents[i] : new ProcedureDocument(documents[i].name(), documents[i].role(),
                    "procedures/" + subject.value() + "/" + code + "/" + (i + 1) + ".pdf"));
        }
        return new Procedure(subject, code, type, start, modified.atZone(ANDORRA).toInstant(), status, professional, kept);
    }

    private record Care(String provider, String code, String description, long priceCents, BenefitKind kind) {
    }

    private static final List<Care> CARE = List.of(
            new Care("Dr. Pere Soler Mas - Medicina general", "C001", "Consulta de medicina general", 45_00, BenefitKind.MEDICAL),
            new Care("Dra. Anna Ribó Pons - Pediatria", "C014", "Consulta de pediatria", 52_00, BenefitKind.MEDICAL),
            new Care("Clínica Dental Escaldes", "D210", "Higiene dental", 68_00, BenefitKind.DENTAL),
            new Care("Laboratori d'Anàlisis Clíniques Andorra", "L100", "Analítica de sang", 38_40, BenefitKind.LABORATORY),
            new Care("Fisioteràpia Sant Julià", "F030", "Sessió de fisioteràpia", 41_00, BenefitKind.PHYSIOTHERAPY),
            new Care("Farmàcia Central d'Andorra la Vella", "P900", "Medicament amb recepta", 23_75, BenefitKind.PHARMACY));

    private void reimbursements() {
        int sheet = 2025_03_0000;
        for (Person person : people) {
            boolean thirdPartyPayer = person.ageOn(LocalDate.of(2026, 11, 1)) >= 65; // seed 003: 65+ since 2022-01-01
            int count = 3 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                Care care = CARE.get(person.cassNumber().equals(CHILD) && i == 0 ? 1 : random.nextInt(CARE.size()));
                LocalDate first = LocalDate.of(2025, 6, 1).plusDays(random.nextInt(500));
                if (first.isAfter(LocalDate.of(2026, 10, 31))) {
                    first = first.minusDays(160);
                }
                int quantity = care.code().startsWith("F") ? 4 : 1;
                long reimbursed = care.priceCents() * quantity * 75 / 100; // 75 % of the CASS tariff
                List<ReimbursedAct> acts = new ArrayList<>();
                acts.add(new ReimbursedAct(first, care.code(), care.description(), quantity, care.priceCents(), reimbursed));
                if (care.kind() == BenefitKind.PHARMACY) { // a second medicine on the prescription, at a lower rate
                    acts.add(new ReimbursedAct(first, "P410", "Medicament de baixa aportació", 2, 8_90, 8_90 * 2 * 40 / 100));
                }
                ReimbursementStatus status = first.isAfter(LocalDate.of(2026, 9, 30)) ? ReimbursementStatus.IN_PROGRESS
                        : random.nextInt(8) == 0 ? ReimbursementStatus.NOTE_SENT : ReimbursementStatus.FINISHED;
                reimbursements.add(new ReimbursementSheet(person.cassNumber(), String.valueOf(sheet++), first, care.provider(),
                        thirdPartyPayer ? Payee.PROVIDER : Payee.INSURED, status, acts, care.kind()));
            }
        }
    }

    /** What the home page shows besides the records above: cover, doctors, travel forms, notices, news. */
    /**
     * Seeds 001/002: Jordi's flu in March 2025 (extended once) and the spring of 2020 at the bank (suspended, then half
     * days); Núria on sick leave since 16/11/2026; the two pensioners' monthly instalments of 2026; what CASS paid Jordi.
     */
    private void benefits() {
        sickLeaves.add(new SickLeave(EMPLOYEE, "IT-2025-001873", "507342", "Banc Andorrà de Crèdit SA", LocalDate.of(2025, 3, 10),
                LocalDate.of(2025, 3, 28), List.of(new SickLeave.Extension(LocalDate.of(2025, 3, 21), LocalDate.of(2025, 3, 28))),
                List.of(new SickLeave.DaysPaid(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 12), SickLeave.Payer.EMPLOYER, 89_52, null),
                        new SickLeave.DaysPaid(LocalDate.of(2025, 3, 13), LocalDate.of(2025, 3, 28), SickLeave.Payer.CASS, 59_68,
                                LocalDate.of(2025, 4, 4)))));
        sickLeaves.add(new SickLeave(SELF_EMPLOYED, "IT-2026-004417", "820451", "Núria Puig Riba - Disseny gràfic",
                LocalDate.of(2026, 11, 16), null, List.of(new SickLeave.Extension(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 14))),
                List.of(new SickLeave.DaysPaid(LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 27), SickLeave.Payer.CASS, 52_30, null))));
        workSuspensions.add(new WorkSuspension(EMPLOYEE, "507342", "Banc Andorrà de Crèdit SA", WorkSuspension.Kind.SUSPENSION,
                LocalDate.of(2020, 4, 1), LocalDate.of(2020, 5, 31), 100, 2_918_40));
        workSuspensions.add(new WorkSuspension(EMPLOYEE, "507342", "Banc Andorrà de Crèdit SA", WorkSuspension.Kind.REDUCED_HOURS,
                LocalDate.of(2020, 6, 1), LocalDate.of(2020, 7, 31), 50, 1_459_20));
        payments.add(new Payment(EMPLOYEE, "PG-2025-118804", LocalDate.of(2025, 4, 4), Payment.Kind.INCAPACITY_ALLOWANCE,
                "Incapacitat temporal IT-2025-001873", 16 * 59_68));
        payments.add(new Payment(EMPLOYEE, "PG-2026-031277", LocalDate.of(2026, 3, 27), Payment.Kind.REIMBURSEMENT,
                "Reembossament de prestacions mèdiques", 156_75));
        payments.add(new Payment(EMPLOYEE, "PG-2026-087310", LocalDate.of(2026, 8, 21), Payment.Kind.REIMBURSEMENT,
                "Reembossament de prestacions mèdiques", 48_60));
        // seed 003 §4: Pau's disability, recognised by CONAVA at 35 % (third-party payer, 100 % as a minor); Jean-Pierre
        // holds a private complementary insurance in France; Montserrat, 70, needs nothing recorded: her age decides
        situations.add(new SocialSituation(CHILD, 35, LocalDate.of(2021, 9, 15),
                List.of(new Entitlement(Entitlement.Kind.MINOR_WITH_DISABILITY, LocalDate.of(2021, 9, 15), null)), false));
        situations.add(new SocialSituation(PENSIONER_ABROAD, null, null, List.of(), true));
        for (int month = 1; month <= 11; month++) {
            LocalDate paid = LocalDate.of(2026, month, 25);
            payments.add(new Payment(PENSIONER_ABROAD, "PG-2026-5" + month, paid, Payment.Kind.PENSION, "Pensió de jubilació", 1_212_40));
            payments.add(new Payment(PENSIONER_HOME, "PG-2026-6" + month, paid, Payment.Kind.PENSION, "Pensió de jubilació", 1_044_85));
        }
    }

    private void ownSpace() {
        LocalDate covered = LocalDate.of(2003, 9, 1);
        people.forEach(p -> coverage.add(new Coverage(p.cassNumber(), Coverage.Status.COVERED,
                p.birthDate().isAfter(covered) ? p.birthDate() : covered)));
        // seeds 001/002: a change of referring doctor takes effect the day after; the history keeps each period
        doctors.add(new DoctorAssignment(EMPLOYEE, "MR-0142", "Dr. Pere Soler Mas", "Medicina general",
                LocalDate.of(2012, 5, 3), LocalDate.of(2024, 1, 14)));
        doctors.add(new DoctorAssignment(EMPLOYEE, "MR-0388", "Dra. Marta Casals Vila", "Medicina general",
                LocalDate.of(2024, 1, 15), null));
        doctors.add(new DoctorAssignment(CHILD, "MR-0207", "Dra. Anna Ribó Pons", "Pediatria", LocalDate.of(2014, 6, 2), null));
        doctors.add(new DoctorAssignment(PENSIONER_HOME, "MR-0142", "Dr. Pere Soler Mas", "Medicina general",
                LocalDate.of(2026, 2, 10), null));
        travelForms.add(new TravelForm(EMPLOYEE, "FD-2026-01877", "FR", LocalDate.of(2026, 11, 1), LocalDate.of(2027, 10, 31)));
        travelForms.add(new TravelForm(CHILD, "FD-2026-01878", "ES", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)));
        travelForms.add(new TravelForm(EMPLOYEE, "FD-2025-00412", "PT", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 8, 31)));
        notices.add(new ActiveNotice(EMPLOYEE, "AV-2026-0031", "TA2026-004512", "Certificat de cobertura sanitària",
                LocalDate.of(2026, 3, 8).atTime(9, 0).atZone(ANDORRA).toInstant(), LocalDate.of(2027, 3, 8), null,
                "notices/100001A/AV-2026-0031.pdf"));
        notices.add(new ActiveNotice(EMPLOYEE, "AV-2025-0977", "TA2025-011874", "Extracte d'ingressos 2025",
                LocalDate.of(2025, 12, 21).atTime(9, 0).atZone(ANDORRA).toInstant(), LocalDate.of(2026, 12, 21),
                LocalDate.of(2025, 12, 22).atTime(18, 40).atZone(ANDORRA).toInstant(), "notices/100001A/AV-2025-0977.pdf"));
        notices.add(new ActiveNotice(STUDENT, "AV-2026-0102", "TA2026-008801", "Certificat d'estudiant",
                LocalDate.of(2026, 9, 14).atTime(9, 0).atZone(ANDORRA).toInstant(), LocalDate.of(2027, 9, 14), null,
                "notices/100003C/AV-2026-0102.pdf"));
        news.add(new NewsItem("N-2026-041", LocalDate.of(2026, 11, 2).atStartOfDay(ANDORRA).toInstant(),
                LocalDate.of(2027, 1, 1).atStartOfDay(ANDORRA).toInstant(),
                Map.of("ca", "Campanya de fe de vida de novembre", "es", "Campaña de fe de vida de noviembre",
                        "fr", "Campagne de certificat de vie de novembre", "en", "November proof-of-life campaign"),
                Map.of("ca", "Els pensionistes residents a l'estranger han d'enviar el certificat de vida datat al novembre.",
                        "es", "Los pensionistas residentes en el extranjero deben enviar el certificado de vida fechado en noviembre.",
                        "fr", "Les pensionnés résidant à l'étranger doivent envoyer le certificat de vie daté de novembre.",
                        "en", "Pensioners living abroad must send a life certificate dated in November."),
                "https://www.cass.ad/fe-de-vida"));
        news.add(new NewsItem("N-2026-038", LocalDate.of(2026, 10, 15).atStartOfDay(ANDORRA).toInstant(),
                LocalDate.of(2027, 3, 31).atStartOfDay(ANDORRA).toInstant(),
                Map.of("ca", "Nou horari del Centre d'Atenció a l'Usuari"),
                Map.of("ca", "De dilluns a divendres, de 8.30 a 17 h, sense interrupció."), null));
        news.add(new NewsItem("N-2026-012", LocalDate.of(2026, 3, 1).atStartOfDay(ANDORRA).toInstant(),
                LocalDate.of(2026, 6, 1).atStartOfDay(ANDORRA).toInstant(),
                Map.of("ca", "Campanya de fe de vida de maig"), Map.of("ca", "Ja ha acabat."), null));
    }
}
