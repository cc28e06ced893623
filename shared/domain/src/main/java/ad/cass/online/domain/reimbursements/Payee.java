package ad.cass.online.domain.reimbursements;

/** Seed 000, §2.1.3: destinatari del pagament, the insured person or the provider (third-party payer). */
public enum Payee { INSURED, PROVIDER }
