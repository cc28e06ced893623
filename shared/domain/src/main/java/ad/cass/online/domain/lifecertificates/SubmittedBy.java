package ad.cass.online.domain.lifecertificates;

/** Who records a certificate: the pensioner through the portal, or CASS staff (issue 21). */
public enum SubmittedBy {
    PENSIONER,
    /** May also record the in-person and video-call checks (seed 003 §3.2 "Altres opcions"). */
    STAFF
}
