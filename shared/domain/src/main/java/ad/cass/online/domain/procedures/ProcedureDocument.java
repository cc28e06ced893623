package ad.cass.online.domain.procedures;

public record ProcedureDocument(String name, DocumentRole role) {
}
