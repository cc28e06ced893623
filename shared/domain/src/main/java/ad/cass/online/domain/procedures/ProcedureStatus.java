package ad.cass.online.domain.procedures;

/** Seed 000, §2.1.2: a procedure pending on the insured person, in progress at CASS, finished or cancelled. */
public enum ProcedureStatus {
    PENDING("Pendent"),
    IN_PROGRESS("En curs"),
    FINISHED("Finalitzat"),
    CANCELLED("Cancel·lat");

    private final String label;

    ProcedureStatus(String label) {
        this.label = label;
    }

    /** In Catalan, as a document names it. */
    public String label() {
        return label;
    }
}
