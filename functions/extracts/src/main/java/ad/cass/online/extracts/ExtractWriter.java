package ad.cass.online.extracts;

import ad.cass.online.domain.benefits.BenefitStore;
import ad.cass.online.domain.contributions.ContributionService;
import ad.cass.online.domain.contributions.ContributionStore;
import ad.cass.online.domain.contributions.EmploymentStore;
import ad.cass.online.domain.extracts.ExtractDocuments;
import ad.cass.online.domain.extracts.ExtractFormat;
import ad.cass.online.domain.extracts.ExtractRequest;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.domain.person.Coverage;
import ad.cass.online.domain.person.CoverageStore;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.person.PersonStore;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.reports.ExportFormat;
import ad.cass.online.reports.TableReport;
import ad.cass.online.reports.Verification;
import ad.cass.online.reports.extracts.IncapacityExtractReport;
import ad.cass.online.reports.extracts.IncomeExtractReport;
import ad.cass.online.reports.extracts.PointsExtractReport;
import ad.cass.online.reports.extracts.WorkingLifeReport;
import ad.cass.online.reports.letters.HealthCoverageCertificate;
import ad.cass.online.reports.letters.StudentCertificate;
import ad.cass.online.reports.seal.PdfSeal;
import java.io.OutputStream;
import java.util.function.Supplier;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Each requested document from its store, with its verification code and the address of the public check printed
 * (issue 20): the extracts as tables, the certificates as letters; every PDF sealed. The income extract's months come from DynamoDB page by page while the document is written; the others
 * are a few dozen rows read at once.
 */
final class ExtractWriter implements ExtractDocuments {
    private final ContributionStore contributions;
    private final EmploymentStore employment;
    private final BenefitStore benefits;
    private final PersonStore people;
    private final CoverageStore coverage;
    private final String verifyBaseUrl;
    private final int certificateValidDays;
    private final Supplier<PdfSeal> seal;
    private final Clock clock;

    /**
     * @param verifyBaseUrl        the public check's address without the code ({@code https://online.cass.ad/verify/})
     * @param certificateValidDays how long a health coverage certificate stands, counting the day it is issued
     * @param seal                 CASS's seal, asked for when the first PDF is written
     */
    ExtractWriter(ContributionStore contributions, EmploymentStore employment, BenefitStore benefits, PersonStore people,
                  CoverageStore coverage, String verifyBaseUrl, int certificateValidDays, Supplier<PdfSeal> seal, Clock clock) {
        this.contributions = contributions;
        this.employment = employment;
        this.benefits = benefits;
        this.people = people;
        this.coverage = coverage;
        this.verifyBaseUrl = verifyBaseUrl;
        this.certificateValidDays = certificateValidDays;
        this.seal = seal;
        this.clock = clock;
    }

    /**
     * A spreadsheet goes straight out; a PDF is written to a file first and sealed from it (issue 20: every PDF CASS
     * issues is signed), so what goes out is the sealed document, whole, and a large extract is never held in memory.
     */
    @Override
    public LocalDate write(ExtractRequest request, Person person, OutputStream out) {
        Instant issuedAt = clock.instant();
        Verification verification = new Verification(request.verificationCode(), URI.create(verifyBaseUrl + request.verificationCode()));
        if (request.type().certificate()) {
            Certificate certificate = certificate(request, person, issuedAt, verification);
            seal.get().write(certificate.writer(), out, issuedAt);
            return certificate.validUntil();
        }
        ExportFormat format = ExportFormat.fromCode(request.format().code());
        TableReport report = report(request, person, issuedAt, verification);
        if (format == ExportFormat.PDF) {
            seal.get().write(file -> format.write(report, file), out, issuedAt);
        } else {
            format.write(report, out);
        }
        return null;
    }

    /** A letter and until when it stands. */
    private record Certificate(Consumer<OutputStream> writer, LocalDate validUntil) {
    }

    /**
     * Seeds 001/002, "Els certificats següents", as the person stands today: a person with no coverage record is
     * certified not covered; a student no longer eligible since the request was checked fails it (the letter refuses).
     */
    private Certificate certificate(ExtractRequest request, Person person, Instant issuedAt, Verification verification) {
        Coverage cover = coverage.coverage(person.cassNumber())
                .orElse(new Coverage(person.cassNumber(), Coverage.Status.NOT_COVERED, null));
        Language language = request.language();
        return switch (request.type()) {
            case HEALTH_COVERAGE -> {
                LocalDate until = issuedAt.atZone(CatalanFormat.ANDORRA).toLocalDate().plusDays(certificateValidDays - 1L);
                yield new Certificate(new HealthCoverageCertificate(person, cover, issuedAt, until, verification, language)::write, until);
            }
            case STUDENT_UNDER_25 -> {
                Person holder = people.find(person.holder()).orElseThrow(() -> new IllegalStateException("no holder " + person.holder()));
                StudentCertificate letter = StudentCertificate.underTwentyFive(person, holder, cover, issuedAt, verification, language);
                yield new Certificate(letter::write, letter.validUntil());
            }
            case STUDENT_25_TO_30 -> {
                StudentCertificate letter = StudentCertificate.fromTwentyFiveToThirty(person, cover, issuedAt, verification, language);
                yield new Certificate(letter::write, letter.validUntil());
            }
            default -> throw new IllegalArgumentException(request.type() + " is not a certificate");
        };
    }

    @Override
    public String contentType(ExtractFormat format) {
        return ExportFormat.fromCode(format.code()).contentType();
    }

    private TableReport report(ExtractRequest request, Person person, Instant issuedAt, Verification verification) {
        CassNumber subject = request.subject();
        Language language = request.language();
        return switch (request.type()) {
            case POINTS -> new PointsExtractReport(person, request.period(), issuedAt, contributions.points(subject), verification, language);
            case INCOME -> new IncomeExtractReport(new ContributionService.IncomeExtract(person, request.period(),
                    request.period().from() != null ? request.period().from() : contributions.firstMonth(subject).orElse(null),
                    request.period().to(), issuedAt,
                    sink -> contributions.forEachIncome(subject, request.period().from(), request.period().to(), sink)), verification, language);
            case INCAPACITY -> new IncapacityExtractReport(person, request.period(), issuedAt, benefits.sickLeaves(subject), verification, language);
            case WORKING_LIFE -> new WorkingLifeReport(person, request.period(), issuedAt, employment.periods(subject), verification, language);
            default -> throw new IllegalArgumentException(request.type() + " is not an extract");
        };
    }
}
