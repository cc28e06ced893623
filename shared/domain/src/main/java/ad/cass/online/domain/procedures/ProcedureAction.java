package ad.cass.online.domain.procedures;

/**
 * What a person does with a procedure that waits on them (seed 000 §2.1.2: "visualitzar-lo, acceptar-lo,
 * modificar-lo o cancel·lar-lo"): accepting hands it back to CASS, cancelling ends it.
 */
public enum ProcedureAction {
    ACCEPT(ProcedureStatus.IN_PROGRESS),
    CANCEL(ProcedureStatus.CANCELLED);

    private final ProcedureStatus leadsTo;

    ProcedureAction(ProcedureStatus leadsTo) {
        this.leadsTo = leadsTo;
    }

    public ProcedureStatus leadsTo() {
        return leadsTo;
    }
}
