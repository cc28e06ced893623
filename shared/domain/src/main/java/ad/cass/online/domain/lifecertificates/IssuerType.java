package ad.cass.online.domain.lifecertificates;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who issued a life certificate (seed 003 §3.2 "ON ES POT SOL·LICITAR?" and "NO SÒN VÀLIDS"). An Andorran comú is
 * the town hall: a resident's certificate "del comú on resideixen" (seed 003 §3.1) is a {@link #TOWN_HALL} one
 * (decision, issue 21).
 */
public enum IssuerType {
    // seed 003 §3.2: "1. Ajuntament 2. Registre Civil 3. Comissaria de Policia 4. Seguretat Social 5. Notari."
    TOWN_HALL(Validity.VALID),
    CIVIL_REGISTRY(Validity.VALID),
    POLICE_STATION(Validity.VALID),
    SOCIAL_SECURITY(Validity.VALID),
    NOTARY(Validity.VALID),
    // seed 003 §3.2 "Altres opcions": in person at CASS, or by video call with OVAC. CASS staff witness the person
    // and record it; a pensioner cannot claim it by uploading a file (issue 21).
    CASS_IN_PERSON(Validity.STAFF_ONLY),
    OVAC_VIDEO_CALL(Validity.STAFF_ONLY),
    // seed 003 §3.2 "NO SÒN VÀLIDS: 1. Hospital 2. Metge. 3. Certificats de residència 4. Certificats d'escolaritat
    // 5. ...": named so the refusal can be recorded; anything unnamed is not valid either (parse gives empty).
    HOSPITAL(Validity.NOT_VALID),
    DOCTOR(Validity.NOT_VALID),
    RESIDENCE_CERTIFICATE(Validity.NOT_VALID),
    SCHOOL_CERTIFICATE(Validity.NOT_VALID);

    private enum Validity { VALID, STAFF_ONLY, NOT_VALID }

    private final Validity validity;

    IssuerType(Validity validity) {
        this.validity = validity;
    }

    /** A certificate from this issuer proves life (whoever may record it). */
    public boolean valid() {
        return validity != Validity.NOT_VALID;
    }

    /** Valid, but only CASS staff record it: the pensioner was seen in person or on video. */
    public boolean staffOnly() {
        return validity == Validity.STAFF_ONLY;
    }

    /** The type of this exact name (case-sensitive, as the API spells it); anything else is empty, i.e. not valid. */
    public static Optional<IssuerType> parse(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
