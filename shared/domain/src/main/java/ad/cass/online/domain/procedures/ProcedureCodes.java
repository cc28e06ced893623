package ad.cass.online.domain.procedures;

import ad.cass.online.domain.idempotency.IdempotencyKey;
import ad.cass.online.domain.person.CassNumber;
import java.time.LocalDate;

/** The reference codes of the procedures a person files through the portal ("codi de tràmit", seed 000 §2.1.2). */
public final class ProcedureCodes {
    private ProcedureCodes() {
    }

    /**
     * TA + year + six digits drawn from the person and the request's idempotency key: the same request gives
     * the same code, so a retry finds the procedure it already filed. Codes only need to be unique within a
     * person's procedures, where a clash of two different requests is one in a million.
     */
    public static String forRequest(CassNumber person, IdempotencyKey key, LocalDate today) {
        byte[] hash = key.digestFor(person);
        long n = ((hash[0] & 0xffL) << 16 | (hash[1] & 0xffL) << 8 | (hash[2] & 0xffL)) % 1_000_000;
        return String.format("TA%d-%06d", today.getYear(), n);
    }
}
