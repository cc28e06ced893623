package ad.cass.online.domain.reimbursements;

/** Seed 000, §2.1.3: "l'estat (finalitzat, en curs o nota enviada)". */
public enum ReimbursementStatus {
    FINISHED("Finalitzat"),
    IN_PROGRESS("En curs"),
    NOTE_SENT("Nota enviada");

    private final String label;

    ReimbursementStatus(String label) {
        this.label = label;
    }

    /** In Catalan, as a document names it. */
    public String label() {
        return label;
    }
}
