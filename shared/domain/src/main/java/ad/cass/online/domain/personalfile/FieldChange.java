package ad.cass.online.domain.personalfile;

/**
 * One field of the file as a change left it: its name as the API spells it, the value before and after
 * (null when there was none; an IBAN always masked).
 */
public record FieldChange(String field, String before, String after) {
}
