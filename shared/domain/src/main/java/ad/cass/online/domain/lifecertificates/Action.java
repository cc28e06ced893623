package ad.cass.online.domain.lifecertificates;

/** What the scheduler does for a pensioner in a campaign; each at most once (see {@link ActionKey}). */
public enum Action {
    /** Ask for the certificate, on the opening day. */
    REQUEST,
    /** Remind, some days before the deadline (one key per number of days: REMINDER-30, REMINDER-7). */
    REMINDER,
    /** The deadline passed without proof: stop paying. */
    SUSPENSION,
    /** The proof came late: pay again, with the months withheld. */
    REINSTATEMENT,
    /** Years without proof: closed for good. */
    CLOSURE
}
