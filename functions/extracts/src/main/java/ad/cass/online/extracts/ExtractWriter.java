package ad.cass.online.extracts;

import ad.cass.online.domain.benefits.BenefitStore;
import ad.cass.online.domain.contributions.ContributionService;
import ad.cass.online.domain.contributions.ContributionStore;
import ad.cass.online.domain.contributions.EmploymentStore;
import ad.cass.online.domain.extracts.ExtractDocuments;
import ad.cass.online.domain.extracts.ExtractFormat;
import ad.cass.online.domain.extracts.ExtractRequest;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.Person;
import ad.cass.online.reports.ExportFormat;
import ad.cass.online.reports.TableReport;
import ad.cass.online.reports.Verification;
import ad.cass.online.reports.extracts.IncapacityExtractReport;
import ad.cass.online.reports.extracts.IncomeExtractReport;
import ad.cass.online.reports.extracts.PointsExtractReport;
import ad.cass.online.reports.extracts.WorkingLifeReport;
import java.io.OutputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;

/**
 * Each requested document from its store, with its verification code and the address of the public check printed
 * (issue 20). The income extract's months come from DynamoDB page by page while the document is written; the others
 * are a few dozen rows read at once.
 */
final class ExtractWriter implements ExtractDocuments {
    private final ContributionStore contributions;
    private final EmploymentStore employment;
    private final BenefitStore benefits;
    private final String verifyBaseUrl;
    private final Clock clock;

    /** @param verifyBaseUrl the public check's address without the code ({@code https://online.cass.ad/verify/}) */
    ExtractWriter(ContributionStore contributions, EmploymentStore employment, BenefitStore benefits, String verifyBaseUrl,
                  Clock clock) {
        this.contributions = contributions;
        this.employment = employment;
        this.benefits = benefits;
        this.verifyBaseUrl = verifyBaseUrl;
        this.clock = clock;
    }

    @Override
    public void write(ExtractRequest request, Person person, OutputStream out) {
        ExportFormat.fromCode(request.format().code()).write(report(request, person, clock.instant()), out);
    }

    @Override
    public String contentType(ExtractFormat format) {
        return ExportFormat.fromCode(format.code()).contentType();
    }

    private TableReport report(ExtractRequest request, Person person, Instant issuedAt) {
        CassNumber subject = request.subject();
        Verification verification = new Verification(request.verificationCode(), URI.create(verifyBaseUrl + request.verificationCode()));
        return switch (request.type()) {
            case POINTS -> new PointsExtractReport(person, request.period(), issuedAt, contributions.points(subject), verification);
            case INCOME -> new IncomeExtractReport(new ContributionService.IncomeExtract(person, request.period(),
                    request.period().from() != null ? request.period().from() : contributions.firstMonth(subject).orElse(null),
                    request.period().to(), issuedAt,
                    sink -> contributions.forEachIncome(subject, request.period().from(), request.period().to(), sink)), verification);
            case INCAPACITY -> new IncapacityExtractReport(person, request.period(), issuedAt, benefits.sickLeaves(subject), verification);
            case WORKING_LIFE -> new WorkingLifeReport(person, request.period(), issuedAt, employment.periods(subject), verification);
        };
    }
}
