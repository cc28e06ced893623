package ad.cass.online.domain.contributions;

/** Règim of a declaration (seed 000, §2.1.4): employee (general), self-employed, household employment. */
public enum Scheme { GENERAL, SELF_EMPLOYED, HOUSEHOLD }
