package ad.cass.online.domain.procedures;

/**
 * A document of a procedure (seed 000 §2.1.2): its name, its role (output, optional, mandatory) and, once the file is
 * there, where it is kept ({@code storageKey}, an object key of the documents bucket); null while it is not: an
 * output CASS has yet to attach, a document the person has yet to bring.
 */
public record ProcedureDocument(String name, DocumentRole role, String storageKey) {
    /** A document whose file is not there yet. */
    public ProcedureDocument(String name, DocumentRole role) {
        this(name, role, null);
    }

    public boolean available() {
        return storageKey != null;
    }
}
