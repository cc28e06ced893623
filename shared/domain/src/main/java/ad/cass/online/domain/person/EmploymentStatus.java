package ad.cass.online.domain.person;

/** Estat laboral shown on the data panel (seed 000, §2.2.1). */
public enum EmploymentStatus { EMPLOYED, SELF_EMPLOYED, PENSIONER, STUDENT, NOT_WORKING }
