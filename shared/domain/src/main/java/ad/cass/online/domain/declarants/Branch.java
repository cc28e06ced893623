package ad.cass.online.domain.declarants;

/**
 * The branches a contribution is split into (Llei 17/2008): the general branch (health care, sick leave, maternity)
 * and the retirement branch (old-age pension points).
 */
public enum Branch { GENERAL, RETIREMENT }
