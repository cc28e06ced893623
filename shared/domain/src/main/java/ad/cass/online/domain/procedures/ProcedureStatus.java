package ad.cass.online.domain.procedures;

/** Seed 000, §2.1.2: a procedure pending on the insured person, in progress at CASS, finished or cancelled. */
public enum ProcedureStatus { PENDING, IN_PROGRESS, FINISHED, CANCELLED }
