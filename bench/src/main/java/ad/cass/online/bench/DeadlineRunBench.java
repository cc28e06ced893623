package ad.cass.online.bench;

import ad.cass.online.aws.lifecertificates.DynamoLifeCertificateStore;
import ad.cass.online.aws.person.DynamoPersonStore;
import ad.cass.online.domain.lifecertificates.Action;
import ad.cass.online.domain.lifecertificates.ActionKey;
import ad.cass.online.domain.lifecertificates.Campaign;
import ad.cass.online.domain.lifecertificates.CampaignCalendar;
import ad.cass.online.domain.lifecertificates.LifeCertificateScheduler;
import ad.cass.online.domain.lifecertificates.LifeCertificateScheduler.Run;
import ad.cass.online.domain.lifecertificates.LifeCertificateSettings;
import ad.cass.online.domain.lifecertificates.PensionRecord;
import ad.cass.online.domain.lifecertificates.PensionState;
import ad.cass.online.domain.lifecertificates.Pensioner;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.local.LocalSystem;
import ad.cass.online.local.engines.SamTemplate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Issue 21's goal: the deadline run over 100,000 pensioners abroad within 1.5 times a bare paginated Scan of the same
 * table, on the local DynamoDB (moto). Every pensioner was asked and reminded for November 2026; a share (5 % by
 * default) sent nothing. On 1 January 2027 the run pages the PensionersIndex shard by shard, plans each person from
 * the page and suspends the missing ones, each in one conditional write, looking up their file for the letter. Scan, run,
 * scan again: the machine is noisy, the two scans say how much.
 * {@code bench/run lifecert [--pensioners N] [--missing PERCENT]}
 */
public final class DeadlineRunBench {
    /** Shards worked side by side, as template.yaml sets LIFE_CERT_RUN_THREADS. */
    static final int THREADS = 4;
    /** Pensioners per page of the index, as template.yaml sets LIFE_CERT_PAGE_SIZE (1 MB of items at most). */
    static final int PAGE = 2_000;
    public static void main(String[] args) throws Exception {
        System.setProperty("log4j2.configurationFile", "log4j2-local.xml");
        int pensioners = 100_000;
        int missingPercent = 5;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--pensioners" -> pensioners = Integer.parseInt(args[i + 1]);
                case "--missing" -> missingPercent = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("usage: [--pensioners N] [--missing PERCENT]");
            }
        }
        LifeCertificateSettings settings = LifeCertificateSettings.defaults();
        Campaign november = new CampaignCalendar(settings).abroad(YearMonth.of(2026, 11));
        Path root = SamTemplate.find().getParent();
        Path work = Files.createTempDirectory("cass-lifecert-bench");
        try (LocalSystem system = LocalSystem.start(root.resolve("template.yaml"), work, null, "bench")) {
            DynamoDbClient dynamo = system.engines().dynamoClient();
            String records = system.template().string(Map.of("Ref", "RecordsTable"));
            DynamoLifeCertificateStore store = new DynamoLifeCertificateStore(dynamo, records);

            long start = System.nanoTime();
            List<PensionRecord> chunk = new ArrayList<>();
            for (int i = 0; i < pensioners; i++) {
                CassNumber cass = CassNumber.of(String.format("%06d", 200_000 + i) + "P");
                boolean missing = i % 100 < missingPercent;
                Set<ActionKey> done = missing
                        ? Set.of(ActionKey.of(cass, november, Action.REQUEST), ActionKey.reminder(cass, november, 30), ActionKey.reminder(cass, november, 7))
                        : Set.of(ActionKey.of(cass, november, Action.REQUEST), ActionKey.reminder(cass, november, 30));
                chunk.add(new PensionRecord(new Pensioner(cass, "FR", 95_000 + i % 50_000, false, Language.FR), PensionState.paid(),
                        missing ? Map.of() : Map.of(november.id(), 1), done, 3));
                if (chunk.size() == 1_000) {
                    store.importPensions(chunk);
                    chunk.clear();
                }
            }
            store.importPensions(chunk);
            System.out.printf("loaded %,d pensioners abroad (%d %% without a certificate) in %.1f s%n", pensioners, missingPercent,
                    (System.nanoTime() - start) / 1e9);

            double scan1 = scan(dynamo, records);
            double paging = paging(store);
            start = System.nanoTime();
            AtomicLong letters = new AtomicLong();
            LifeCertificateScheduler scheduler = new LifeCertificateScheduler(store,
                    new DynamoPersonStore(dynamo, system.template().string(Map.of("Ref", "PeopleTable"))),
                    (key, letter) -> letters.incrementAndGet(), settings, PAGE, THREADS, Clock.systemUTC());
            LifeCertificateScheduler.Report report = scheduler.run("bench-deadline", Run.DEADLINE, LocalDate.of(2027, 1, 1),
                    Optional.empty(), () -> true);
            double run = (System.nanoTime() - start) / 1e9;
            double scan2 = scan(dynamo, records);

            double scan = (scan1 + scan2) / 2;
            System.out.printf("%nsubject                                   seconds   items or pensioners%n");
            System.out.printf("bare paginated Scan of the Records table  %7.2f   (%.2f and %.2f)%n", scan, scan1, scan2);
            System.out.printf("the index paged alone, every shard       %7.2f   (the run's read)%n", paging);
            System.out.printf("deadline run (DEADLINE, 01/01/2027)        %7.2f   %,d pensioners, %s recorded, %d replanned%n",
                    run, report.pensioners(), report.recorded(), report.replanned());
            System.out.printf("%nrun / scan: %.2fx   goal (issue 21): at most 1.5x -> %s%n", run / scan, run / scan <= 1.5 ? "met" : "NOT met");
        }
        System.exit(0);
    }

    /** The run's read without its writes: every shard of the PensionersIndex, by pages of 1,000. */
    static double paging(DynamoLifeCertificateStore store) {
        long start = System.nanoTime();
        long pensioners = 0;
        for (int shard = 0; shard < store.shards(); shard++) {
            String cursor = null;
            do {
                var page = store.pensioners(false, shard, cursor, PAGE);
                pensioners += page.items().size();
                cursor = page.cursor();
            } while (cursor != null);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("index: %,d pensioners in %.2f s%n", pensioners, seconds);
        return seconds;
    }

    /** Every item of the table, 1 MB pages, counted: the bare read the run is held to. */
    static double scan(DynamoDbClient dynamo, String table) {
        long start = System.nanoTime();
        AtomicLong items = new AtomicLong();
        dynamo.scanPaginator(r -> r.tableName(table)).items().forEach(i -> items.incrementAndGet());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("scan: %,d items in %.2f s%n", items.get(), seconds);
        return seconds;
    }
}
