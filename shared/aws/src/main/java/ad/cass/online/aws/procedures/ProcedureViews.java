package ad.cass.online.aws.procedures;

import ad.cass.online.domain.procedures.DocumentRole;
import ad.cass.online.domain.procedures.Procedure;
import ad.cass.online.domain.procedures.ProcedureDocument;
import ad.cass.online.domain.procedures.ProcedureStatus;
import ad.cass.online.domain.procedures.ProcedureStore;
import ad.cass.online.domain.procedures.ProcedureType;
import ad.cass.online.domain.procedures.ProcedureUploads;
import ad.cass.online.domain.procedures.RequestForm;
import java.util.List;
import java.util.Map;

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

    /** "modify" only for a request the portal files, whose fields it knows ({@link RequestForm}). */
    static List<String> actions(Procedure p) {
        if (p.status() != ProcedureStatus.PENDING) {
            return List.of("view", "documents");
        }
        return ProcedureType.describing(p.type()).flatMap(RequestForm::find).isPresent()
                ? List.of("view", "documents", "accept", "modify", "cancel") : List.of("view", "documents", "accept", "cancel");
    }

    public record PageView(List<Row> procedures, String next) {
        public static PageView of(ProcedureStore.Page page) {
            return new PageView(page.procedures().stream().map(Row::of).toList(), page.next());
        }
    }

    /** @param fields what the person filled in, for a request filed through the portal (empty otherwise) */
    public record DetailView(String code, String type, String startDate, String modifiedAt, String status, List<String> actions,
                             Map<String, String> fields, DocumentsView documents) {
        public static DetailView of(Procedure p) {
            Row row = Row.of(p);
            return new DetailView(row.code(), row.type(), row.startDate(), row.modifiedAt(), row.status(), row.actions(),
                    p.fields(), DocumentsView.of(p));
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

    /**
     * Where to PUT a document (issue 18): the link takes exactly this content type and size, until {@code expiresAt};
     * then {@code complete} says it is there.
     */
    public record UploadView(String document, String url, String method, Map<String, String> headers, String expiresAt,
                             String complete) {
        public static UploadView of(String code, ProcedureUploads.Slot slot) {
            return new UploadView(slot.document(), slot.link().toString(), "PUT",
                    Map.of("Content-Type", slot.contentType(), "Content-Length", Long.toString(slot.size())),
                    slot.expiresAt().toString(), "/procedures/" + code + "/documents/" + slot.document() + "/complete");
        }
    }

    /** A request the portal files: its type's code and name, its fields, its documents (seeds 001 and 002). */
    public record FormView(String type, String name, List<FieldView> fields, List<String> mandatory, List<String> optional,
                           List<String> output) {
    }

    public record FieldView(String name, String kind, boolean required) {
    }

    public record FormsView(List<FormView> forms) {
        public static FormsView of(List<RequestForm> forms) {
            return new FormsView(forms.stream().map(f -> new FormView(f.type().code(), f.type().label(),
                    f.fields().stream().map(x -> new FieldView(x.name(), x.kind().name(), x.required())).toList(),
                    f.mandatory(), f.optional(), f.output())).toList());
        }
    }
}
