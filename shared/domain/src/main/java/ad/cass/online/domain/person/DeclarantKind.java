package ad.cass.online.domain.person;

public enum DeclarantKind { SELF_EMPLOYED, HOUSEHOLD_EMPLOYER }
