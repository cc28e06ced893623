package ad.cass.online.domain.procedures;

import ad.cass.online.domain.error.InvalidInput;
import java.time.LocalDate;

/**
 * What {@code GET /procedures} looks for (seed 000 §2.1.2): the pending ones the first page shows, or a search
 * "del tipus de tràmit, el període (opcional), el codi de tràmit (opcional)" whatever their state. The period is
 * the start date's, both ends included.
 *
 * @param status null: any
 * @param type   null: any
 */
public record ProcedureFilter(ProcedureStatus status, ProcedureType type, LocalDate from, LocalDate to, String code) {
    static final String FROM_AFTER_TO = "La data d'inici del període no pot ser posterior a la data final.";
    static final String TYPE_REQUIRED = "Per cercar tràmits cal indicar-ne el tipus (o demanar els pendents).";

    public ProcedureFilter {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInput("from", FROM_AFTER_TO);
        }
        if (status == null && type == null) {
            throw new InvalidInput("type", TYPE_REQUIRED);
        }
    }

    /** Seed 000 §2.1.2: what waits on the person, the home page's table. */
    public static final ProcedureFilter PENDING = new ProcedureFilter(ProcedureStatus.PENDING, null, null, null, null);

    public boolean matches(Procedure p) {
        return (status == null || p.status() == status) && (type == null || type.describes(p.type()))
                && (from == null || !p.startDate().isBefore(from)) && (to == null || !p.startDate().isAfter(to))
                && (code == null || p.code().equals(code));
    }
}
