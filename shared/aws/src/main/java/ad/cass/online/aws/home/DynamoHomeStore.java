package ad.cass.online.aws.home;

import ad.cass.online.aws.Deadline;
import ad.cass.online.aws.contributions.DynamoContributionStore;
import ad.cass.online.aws.doctors.DoctorItems;
import ad.cass.online.aws.dynamodb.PersonRecords;
import ad.cass.online.aws.dynamodb.RecordsKeys;
import ad.cass.online.aws.notices.NoticeItems;
import ad.cass.online.aws.person.CoverageItems;
import ad.cass.online.aws.procedures.DynamoProcedureStore;
import ad.cass.online.aws.reimbursements.DynamoReimbursementStore;
import ad.cass.online.aws.travel.TravelFormItems;
import ad.cass.online.domain.contributions.IncomeMonth;
import ad.cass.online.domain.contributions.PointsYear;
import ad.cass.online.domain.home.HomeRecords;
import ad.cass.online.domain.home.HomeStore;
import ad.cass.online.domain.person.CassNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The home page's read of one person's partition of the Records table ({@link RecordsKeys}), in one round
 * trip: one Query per kind of record, each bounded by its key condition (the last 12 months of benefit
 * sheets, the latest income months, ...), all at once. A single Query of the whole partition would read a
 * whole working life of income months to show one.
 */
public final class DynamoHomeStore implements HomeStore {
    /** The latest income months read: enough for every declarant of the latest month (several employers). */
    static final int LATEST_INCOME_ITEMS = 12;

    private final PersonRecords records;
    private final ExecutorService reads;

    public DynamoHomeStore(DynamoDbClient dynamo, String table) {
        this.records = new PersonRecords(dynamo, table);
        // the client's HTTP connections are blocking: one thread per Query in flight, kept for the container
        this.reads = Executors.newFixedThreadPool(7, r -> {
            Thread t = new Thread(r, "home-reads");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public HomeRecords read(CassNumber subject, LocalDate sheetsSince, boolean professional) {
        var procedures = async(() -> map(subject, prefix(subject, RecordsKeys.PROCEDURE, 0), DynamoProcedureStore::procedure));
        var sheets = async(() -> map(subject, records.between(subject, RecordsKeys.REIMBURSEMENT + sheetsSince,
                RecordsKeys.REIMBURSEMENT + RecordsKeys.END, 0), DynamoReimbursementStore::sheet));
        var income = professional
                ? async(() -> map(subject, prefix(subject, RecordsKeys.INCOME, LATEST_INCOME_ITEMS), DynamoContributionStore::incomeMonth))
                : CompletableFuture.completedFuture(List.<IncomeMonth>of());
        var points = professional
                ? async(() -> map(subject, prefix(subject, RecordsKeys.POINTS, 0), DynamoContributionStore::pointsYear).stream()
                        .mapToLong(PointsYear::pointsThousandths).sum())
                : CompletableFuture.completedFuture(0L);
        var travelForms = async(() -> map(subject, prefix(subject, RecordsKeys.TRAVEL_FORM, 0), TravelFormItems::travelForm));
        var notices = async(() -> map(subject, prefix(subject, RecordsKeys.NOTICE, 0), NoticeItems::notice));
        // COVERAGE and DOCTOR# sort next to each other: one range
        var coverageAndDoctors = async(() -> records.between(subject, RecordsKeys.COVERAGE, RecordsKeys.DOCTOR + RecordsKeys.END, 0));
        try {
            List<Map<String, AttributeValue>> small = coverageAndDoctors.join();
            return new HomeRecords(procedures.join(), sheets.join(), income.join(), points.join(), travelForms.join(),
                    small.stream().filter(i -> i.get("sk").s().startsWith(RecordsKeys.DOCTOR))
                            .map(i -> DoctorItems.assignment(subject, i)).toList(),
                    notices.join(),
                    small.stream().filter(i -> i.get("sk").s().equals(RecordsKeys.COVERAGE)).findFirst()
                            .map(i -> CoverageItems.coverage(subject, i)));
        } catch (CompletionException e) {
            // a store failure on a reading thread is the same failure here: the domain's Unavailable stays one
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private <T> CompletableFuture<T> async(Supplier<T> read) {
        return CompletableFuture.supplyAsync(Deadline.carried(read), reads);
    }

    private List<Map<String, AttributeValue>> prefix(CassNumber subject, String prefix, int limit) {
        return records.between(subject, prefix, prefix + RecordsKeys.END, limit);
    }

    private static <T> List<T> map(CassNumber subject, List<Map<String, AttributeValue>> items,
                                   BiFunction<CassNumber, Map<String, AttributeValue>, T> mapper) {
        return items.stream().map(i -> mapper.apply(subject, i)).toList();
    }
}
