package ad.cass.online.domain.reimbursements;

/**
 * Seed 000, §2.1.3: destinatari del pagament, the insured person or, under third-party payer (seed 003 §4.1), the
 * provider.
 */
public enum Payee {
    INSURED("Persona assegurada"),
    PROVIDER("Prestador (tercer pagador)");

    private final String label;

    Payee(String label) {
        this.label = label;
    }

    /** In Catalan, as a document names it. */
    public String label() {
        return label;
    }
}
