package ad.cass.online.aws.procedures;

import ad.cass.online.domain.procedures.DocumentRole;
import ad.cass.online.domain.procedures.Procedure;
import ad.cass.online.domain.procedures.ProcedureDocument;
import ad.cass.online.domain.procedures.ProcedureStatus;
import ad.cass.online.domain.procedures.ProcedureStore;
import java.util.List;

/** Procedures as JSON (openapi.yaml, ProcedurePage, Procedure, ProcedureDocuments). Dates ISO 8601. */
public final class ProcedureViews {
    private ProcedureViews() {
    }

    /**
     * A row of the table (seed 000 §2.1.2): code, type, start date, last change, state, and the actions open on
     * it ("visualitzar-lo, acceptar-lo, modificar-lo o cancel·lar-lo" only while it waits on the person).
     */
    public record Row(String code, String type, String startDate, String modifiedAt, String status, List<String> actions) {
        static Row of(Procedure p) {
            return new Row(p.code(), p.type(), p.startDate().toString(), p.modifiedAt().toString(), p.status().name(), ProcedureViews.actions(p));
        }
    }

    static List<String> actions(Procedure p) {
        return p.status() == ProcedureStatus.PENDING ? List.of("view", "documents", "accept", "modify", "cancel")
                : List.of("view", "documents");
    }

    public record PageView(List<Row> procedures, String next) {
        public static PageView of(ProcedureStore.Page page) {
            return new PageView(page.procedures().stream().map(Row::of).toList(), page.next());
        }
    }

    public record DetailView(String code, String type, String startDate, String modifiedAt, String status, List<String> actions,
                             DocumentsView documents) {
        public static DetailView of(Procedure p) {
            Row row = Row.of(p);
            return new DetailView(row.code(), row.type(), row.startDate(), row.modifiedAt(), row.status(), row.actions(),
                    DocumentsView.of(p));
        }
    }

    /** @param id its position in the procedure, from 1: what {@code GET /procedures/{code}/documents/{id}} takes */
    public record DocumentView(String id, String name, boolean available) {
    }

    /** Seed 000 §2.1.2: "Sortida", "Opcional", "Obligatòria". */
    public record DocumentsView(String code, List<DocumentView> output, List<DocumentView> optional, List<DocumentView> mandatory) {
        public static DocumentsView of(Procedure p) {
            return new DocumentsView(p.code(), of(p, DocumentRole.OUTPUT), of(p, DocumentRole.OPTIONAL), of(p, DocumentRole.MANDATORY));
        }

        private static List<DocumentView> of(Procedure p, DocumentRole role) {
            List<ProcedureDocument> all = p.documents();
            return java.util.stream.IntStream.range(0, all.size()).filter(i -> all.get(i).role() == role)
                    .mapToObj(i -> new DocumentView(Integer.toString(i + 1), all.get(i).name(), all.get(i).available())).toList();
        }
    }

}
