package ad.cass.online.domain.access;

/** What a read or write touches, as far as access is concerned. */
public enum DataCategory {
    /** personal and contact data, dependants, bank details */
    PERSONAL,
    /** medical reimbursements, sick leave, health cover, referring doctor */
    HEALTH,
    /** procedures that are not about professional activity */
    PROCEDURES,
    /** income, contribution bases, old-age points, working life, professional procedures */
    PROFESSIONAL,
    /** a declarant's own affairs (seed 002): contributions to declare and pay, employees, surcharges */
    DECLARANT
}
