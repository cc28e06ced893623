package ad.cass.online.extracts;

import ad.cass.online.aws.benefits.DynamoBenefitStore;
import ad.cass.online.aws.contributions.DynamoContributionStore;
import ad.cass.online.aws.contributions.DynamoEmploymentStore;
import ad.cass.online.aws.dynamodb.DynamoDbClients;
import ad.cass.online.aws.dynamodb.RecordsSettings;
import ad.cass.online.aws.extracts.DynamoExtractStore;
import ad.cass.online.aws.extracts.ExtractSettings;
import ad.cass.online.aws.extracts.S3GeneratedFiles;
import ad.cass.online.aws.notices.NoticeSettings;
import ad.cass.online.aws.person.DynamoCoverageStore;
import ad.cass.online.aws.person.DynamoPersonStore;
import ad.cass.online.aws.person.PeopleSettings;
import ad.cass.online.aws.Lazy;
import ad.cass.online.aws.metrics.Counted;
import ad.cass.online.aws.metrics.OperationsMetrics;
import ad.cass.online.aws.s3.S3Clients;
import ad.cass.online.aws.seal.SealSecret;
import ad.cass.online.aws.sqs.QueueFunction;
import ad.cass.online.domain.extracts.ExtractGenerator;
import ad.cass.online.domain.extracts.ExtractJob;
import ad.cass.online.reports.ExportFormat;
import ad.cass.online.reports.seal.PdfSeal;
import ad.cass.online.reports.seal.SealKey;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The extract queue's consumer (template.yaml, ExtractGeneratorFunction; issue 20): each message names a request,
 * which {@link ExtractGenerator} fulfils once however often it is delivered. A passing failure is reported for that
 * message alone (partial batch failure) and comes back after the visibility timeout; after five deliveries the
 * message waits in the dead-letter queue.
 */
public final class ExtractsQueueFunction extends QueueFunction<ExtractJob> {
    /** The domain service this function translates to, built once per container. */
    public record Services(ExtractGenerator generator) {
        /** From the environment template.yaml sets, on the given clock (tests move it). */
        public static Services fromEnvironment(Clock clock) {
            var dynamo = DynamoDbClients.create();
            String records = RecordsSettings.recordsTable();
            var people = new DynamoPersonStore(dynamo, PeopleSettings.peopleTable());
            var writer = new ExtractWriter(new DynamoContributionStore(dynamo, records), new DynamoEmploymentStore(dynamo, records),
                    new DynamoBenefitStore(dynamo, records), people, new DynamoCoverageStore(dynamo, records),
                    ExtractSettings.verifyBaseUrl(), ExtractSettings.certificateValidDays(), seal(), clock);
            return new Services(new ExtractGenerator(new DynamoExtractStore(dynamo, records), people, writer,
                    new S3GeneratedFiles(S3Clients.create(), NoticeSettings.documentsBucket()),
                    ExtractSettings.maxAttempts(), ExtractSettings.availableDays(), clock));
        }
    }

    /**
     * CASS's seal, read from its secret when the first PDF is sealed: a container that writes only spreadsheets never
     * reads it, and one that could not read it tries again on the next document.
     */
    static Supplier<PdfSeal> seal() {
        Supplier<String> secret = SealSecret.reader();
        String signer = SealSecret.signerName();
        String location = SealSecret.location();
        return new Lazy<>(() -> new PdfSeal(SealKey.fromPem(secret.get()), signer, location,
                "Document emès per la Caixa Andorrana de Seguretat Social"));
    }

    private final Services services;

    /** Lambda: the clients, once per container, from the environment template.yaml sets. */
    public ExtractsQueueFunction() {
        this(Services.fromEnvironment(Clock.systemUTC()));
    }

    /** Tests: the services ready-made. */
    public ExtractsQueueFunction(Services services) {
        super(ExtractJob.class);
        this.services = services;
    }

    @Override
    protected void handle(ExtractJob job) {
        ExtractGenerator.Outcome outcome = services.generator().generate(job);
        switch (outcome) { // issue 23: what the operators watch
            case GENERATED -> OperationsMetrics.count(Counted.EXTRACTS_GENERATED);
            case FAILED -> OperationsMetrics.count(Counted.EXTRACTS_FAILED);
            case NOTHING -> {
                // a duplicate delivery or a finished request: nothing happened to count
            }
        }
    }

    /** SnapStart priming: the writers' libraries (OpenPDF, POI) loaded; no request is read or written. */
    @Override
    protected void prime() {
        ExportFormat.prime();
    }
}
