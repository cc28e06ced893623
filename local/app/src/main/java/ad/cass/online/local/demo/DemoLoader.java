package ad.cass.online.local.demo;

import ad.cass.online.aws.benefits.DynamoBenefitStore;
import ad.cass.online.aws.contributions.DynamoContributionStore;
import ad.cass.online.aws.eligibility.DynamoSituationStore;
import ad.cass.online.aws.contributions.DynamoEmploymentStore;
import ad.cass.online.aws.declarants.DynamoDeclarantStore;
import ad.cass.online.aws.doctors.DoctorItems;
import ad.cass.online.aws.doctors.DynamoDoctorDirectory;
import ad.cass.online.aws.dynamodb.PersonRecords;
import ad.cass.online.aws.news.DynamoNewsStore;
import ad.cass.online.aws.notices.NoticeItems;
import ad.cass.online.aws.person.CoverageItems;
import ad.cass.online.aws.person.DynamoPersonStore;
import ad.cass.online.aws.personalfile.DynamoPersonalFileStore;
import ad.cass.online.aws.procedures.DynamoProcedureStore;
import ad.cass.online.aws.reimbursements.DynamoReimbursementStore;
import ad.cass.online.aws.settings.DynamoSettingsStore;
import ad.cass.online.aws.signin.Argon2idPinHasher;
import ad.cass.online.aws.signin.DynamoContractStore;
import ad.cass.online.aws.travel.TravelFormItems;
import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.domain.notices.ActiveNotice;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.procedures.Procedure;
import ad.cass.online.domain.procedures.ProcedureDocument;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.domain.settings.Settings;
import ad.cass.online.domain.settings.TextSize;
import ad.cass.online.domain.signin.Contract;
import ad.cass.online.domain.signin.PinHasher;
import ad.cass.online.aws.lifecertificates.DynamoLifeCertificateStore;
import ad.cass.online.aws.notices.DynamoNoticeStore;
import ad.cass.online.domain.lifecertificates.LifeCertificateScheduler;
import ad.cass.online.domain.lifecertificates.LifeCertificateScheduler.Run;
import ad.cass.online.domain.lifecertificates.LifeCertificateSettings;
import ad.cass.online.domain.lifecertificates.PostedLetters;
import ad.cass.online.domain.mail.Mailer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/** Writes the demo data through the same store adapters the functions read with. */
public final class DemoLoader {
    private DemoLoader() {
    }

    public static DemoData load(DynamoDbClient dynamo, String peopleTable, String recordsTable) {
        DemoData demo = DemoData.build();
        DynamoPersonStore people = new DynamoPersonStore(dynamo, peopleTable);
        PinHasher hasher = new Argon2idPinHasher();
        demo.people.forEach(p -> {
            people.save(p);
            if (demo.ownAccess.contains(p.cassNumber())) { // a credential only for who has access of their own
                people.savePinHash(p.cassNumber(), hasher.hash(DemoData.PIN.toCharArray())); // a salt of its own each
            }
        });
        demo.governmentIds.forEach((cassNumber, id) -> people.linkGovernmentId(id, cassNumber));
        DynamoContractStore contracts = new DynamoContractStore(dynamo, peopleTable);
        demo.contracts.forEach((number, declarant) ->
                contracts.save(new Contract(number, demo.holderOf(declarant), declarant, hasher.hash(DemoData.PIN.toCharArray()))));
        new DynamoProcedureStore(dynamo, recordsTable).saveProcedures(demo.procedures);
        new DynamoReimbursementStore(dynamo, recordsTable).saveReimbursements(demo.reimbursements);
        DynamoContributionStore contributions = new DynamoContributionStore(dynamo, recordsTable);
        contributions.saveIncome(demo.income);
        contributions.savePoints(demo.points);
        contributions.saveForeignPeriods(demo.foreignPeriods);
        DynamoBenefitStore benefits = new DynamoBenefitStore(dynamo, recordsTable);
        benefits.saveSickLeaves(demo.sickLeaves);
        benefits.savePayments(demo.payments);
        benefits.saveWorkSuspensions(demo.workSuspensions);
        new DynamoSituationStore(dynamo, recordsTable).save(demo.situations);
        new DynamoEmploymentStore(dynamo, recordsTable).save(demo.employment);
        demo.files.forEach((cassNumber, file) -> dynamo.putItem(r -> r.tableName(peopleTable)
                .item(DynamoPersonalFileStore.item(cassNumber, file))));
        PersonRecords records = new PersonRecords(dynamo, recordsTable);
        records.write(demo.coverage, CoverageItems::item);
        records.write(demo.doctors, DoctorItems::item);
        records.write(demo.travelForms, TravelFormItems::item);
        records.write(demo.notices, NoticeItems::item);
        DynamoNewsStore news = new DynamoNewsStore(dynamo, recordsTable);
        demo.news.forEach(news::publish);
        // the pensioner in France reads the portal, and his mails, in French (seed 000 §2.2.3)
        new DynamoSettingsStore(dynamo, peopleTable).save(DemoData.PENSIONER_ABROAD, new Settings(TextSize.LARGE, Language.FR));
        DynamoLifeCertificateStore pensions = new DynamoLifeCertificateStore(dynamo, recordsTable);
        pensions.importPensions(demo.pensions);
        openNovemberCampaign(pensions, people, new DynamoNoticeStore(dynamo, recordsTable));
        DynamoDeclarantStore declarants = new DynamoDeclarantStore(dynamo, recordsTable);
        demo.declarants.forEach(d -> declarants.save(d.file(), d.sheets(), d.employees(), d.choices()));
        DynamoDoctorDirectory directory = new DynamoDoctorDirectory(dynamo, recordsTable);
        demo.directory.forEach(directory::save);
        return demo;
    }

    /**
     * The opening of 1 November 2026 as its schedule ran it (issue 21): the scheduler's own run, with its run id, so
     * Jean-Pierre has his request's audit entry and its notice, in French, and the local runtime's
     * {@code /_local/schedules/LifeCertificateOpeningFunction?time=2026-11-01T03:00:00Z} finds that run done. The mail
     * of that day is not sent again at every start of a fresh store; the reminders and the deadline run send theirs.
     */
    static void openNovemberCampaign(DynamoLifeCertificateStore pensions, DynamoPersonStore people, DynamoNoticeStore notices) {
        Clock firstOfNovember = Clock.fixed(Instant.parse("2026-11-01T03:00:07Z"), ZoneOffset.UTC);
        Mailer sentThatDay = mail -> { };
        new LifeCertificateScheduler(pensions, people, new PostedLetters(notices, sentThatDay), LifeCertificateSettings.defaults(),
                100, firstOfNovember).run("OPENING#2026-11-01", Run.OPENING, LocalDate.of(2026, 11, 1), Optional.empty(), () -> true);
    }

    /**
     * The documents of the demo notices and procedures, in the Documents bucket where a download link points
     * (issues 17 and 18): one-page PDFs with the title, the procedure and the person.
     */
    public static void documents(S3Client s3, String bucket) {
        DemoData demo = DemoData.build();
        for (ActiveNotice n : demo.notices) {
            Person person = demo.people.stream().filter(p -> p.cassNumber().equals(n.subject())).findFirst().orElseThrow();
            byte[] pdf = DemoDocuments.pdf("Caixa Andorrana de Seguretat Social", List.of(n.title(),
                    "Persona: " + person.fullName() + " (" + person.cassNumber().value() + ")",
                    "Tràmit: " + n.procedureCode(),
                    "Data d'emissió: " + CatalanFormat.dateTime(n.createdAt()),
                    "Document de demostració de l'entorn local de CASS Online."));
            s3.putObject(r -> r.bucket(bucket).key(n.documentKey()).contentType("application/pdf"), RequestBody.fromBytes(pdf));
        }
        for (Procedure p : demo.procedures) {
            Person person = demo.people.stream().filter(x -> x.cassNumber().equals(p.subject())).findFirst().orElseThrow();
            for (ProcedureDocument d : p.documents()) {
                if (d.available()) {
                    byte[] pdf = DemoDocuments.pdf("Caixa Andorrana de Seguretat Social", List.of(d.name().replaceAll("\\.pdf$", ""),
                            "Persona: " + person.fullName() + " (" + person.cassNumber().value() + ")",
                            "Tràmit: " + p.code() + " - " + p.type(),
                            "Document de demostració de l'entorn local de CASS Online."));
                    s3.putObject(r -> r.bucket(bucket).key(d.storageKey()).contentType("application/pdf"), RequestBody.fromBytes(pdf));
                }
            }
        }
    }
}
