package ad.cass.online.domain.dependants;

/** Whether a document is always asked for, or only "si escau" (if applicable), as seed 004 marks it. */
public enum Applicability { ALWAYS, IF_APPLICABLE }
