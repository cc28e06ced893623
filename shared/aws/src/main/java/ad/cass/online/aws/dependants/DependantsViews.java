package ad.cass.online.aws.dependants;

import ad.cass.online.domain.dependants.AgeLimits;
import ad.cass.online.domain.dependants.Checklist;
import ad.cass.online.domain.dependants.DependantRequests;
import ad.cass.online.domain.dependants.Renewal;
import ad.cass.online.domain.dependants.RequiredDocument;
import ad.cass.online.domain.dependants.Requirements;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The dependants routes as JSON (openapi.yaml: DependantRequirements, DependantFiled). Texts are seed 004's, in Catalan. */
public final class DependantsViews {
    private DependantsViews() {
    }

    public record DocumentView(String code, String text, boolean ifApplicable) {
        static DocumentView of(RequiredDocument d) {
            return new DocumentView(d.code(), d.text(), d.applicability().name().equals("IF_APPLICABLE"));
        }

        static List<DocumentView> of(List<RequiredDocument> documents) {
            return documents.stream().map(DocumentView::of).toList();
        }
    }

    public record RenewalView(DocumentView document, String when) {
    }

    /** {@code minAge}/{@code maxAge} absent when the seed sets no such limit; maxAge is the oldest admitted. */
    public record AgeView(Integer minAge, Integer maxAge) {
        static AgeView of(AgeLimits a) {
            return new AgeView(a.atLeast() > 0 ? a.atLeast() : null, a.under() == Integer.MAX_VALUE ? null : a.under() - 1);
        }
    }

    public record RequirementsView(String category, String name, List<String> conditions, AgeView age,
                                   List<DocumentView> documents, Map<String, List<DocumentView>> subCases,
                                   List<RenewalView> renewals) {
        public static RequirementsView of(Requirements r) {
            return new RequirementsView(r.category().code(), r.category().catalanName(),
                    r.commonConditions().stream().map(c -> c.seedText()).toList(), AgeView.of(r.ageLimits()),
                    DocumentView.of(r.documents()),
                    r.subCaseDocuments().entrySet().stream().collect(Collectors.toMap(e -> e.getKey().code(),
                            e -> DocumentView.of(e.getValue()), (a, b) -> a, LinkedHashMap::new)),
                    renewalViews(r.renewals()));
        }
    }

    public record ProcedureView(String code, String type, String startDate, String status) {
    }

    public record FiledView(ProcedureView procedure, List<DocumentView> documentsToBring, List<RenewalView> renewals) {
        public static FiledView of(DependantRequests.Filed f) {
            Checklist c = f.checklist();
            return new FiledView(new ProcedureView(f.procedure().code(), f.procedure().type(), f.procedure().startDate().toString(),
                    f.procedure().status().name()), DocumentView.of(c.documents()), renewalViews(c.renewals()));
        }
    }

    static List<RenewalView> renewalViews(List<Renewal> renewals) {
        return renewals.stream().map(r -> new RenewalView(DocumentView.of(r.document()), r.when().catalan())).toList();
    }
}
