package ad.cass.online.domain.person;

/** Persona assegurada directa / indirecta (glossary, DOMAIN.md). */
public enum InsuredType { DIRECT, INDIRECT }
