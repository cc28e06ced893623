package ad.cass.online.domain.person;

/**
 * What a declarant is (seed 002: "empresa, treballador per compte propi, patró domèstic"): a self-employed activity, a
 * household employer, or a company, whose administrator acts for it (issue 22).
 */
public enum DeclarantKind { SELF_EMPLOYED, HOUSEHOLD_EMPLOYER, COMPANY }
