package ad.cass.online.domain.procedures;

/** Seed 000, §2.1.2: documentació de sortida (CASS attaches), opcional and obligatòria (the person brings). */
public enum DocumentRole { OUTPUT, OPTIONAL, MANDATORY }
