package ad.cass.online.domain.contributions;

/** A declared concept of one month (seed 000, §2.1.4 "detall dels conceptes declarats"), in cents. */
public record IncomeConcept(String code, String label, long amountCents) {
}
