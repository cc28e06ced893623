package ad.cass.online.domain.reimbursements;

/** Seed 000, §2.1.3: finalitzat, en curs, nota enviada. */
public enum ReimbursementStatus { FINISHED, IN_PROGRESS, NOTE_SENT }
