package ad.cass.online.domain.records;

public record ProcedureDocument(String name, DocumentRole role) {
}
