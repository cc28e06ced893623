package ad.cass.online.aws.metrics;

/**
 * The business metrics CASS Online writes (issue 23), their CloudWatch names and dimensions. README, "What the
 * operators watch", has a query for each; template.yaml's dashboard draws them.
 */
public enum Counted {
    /** A sign-in attempt's end, by Method (PIN, CASS_CERTIFICATE, GOVERNMENT_CERTIFICATE) and Outcome. */
    SIGN_INS("SignIns"),
    /** A credential locked after its last allowed attempt, by Credential (PIN, CASS_CERTIFICATE). */
    LOCKOUTS("Lockouts"),
    /** A PIN recovery link mailed (seed 000 §1.1.3). */
    PIN_RESET_LINKS_SENT("PinResetLinksSent"),
    /** A PIN recovery link used to set a new PIN (seed 000 §1.1.4). */
    PIN_RESET_LINKS_USED("PinResetLinksUsed"),
    /** An extract written and offered to the person. */
    EXTRACTS_GENERATED("ExtractsGenerated"),
    /** An extract given up on after its last attempt (the person is told to ask again). */
    EXTRACTS_FAILED("ExtractsFailed"),
    /** Proof of life: requests, reminders, suspensions, reinstatements and closures recorded by a scheduled run, by Action. */
    PROOF_OF_LIFE_ACTIONS("ProofOfLifeActions");

    private final String metricName;

    Counted(String metricName) {
        this.metricName = metricName;
    }

    public String metricName() {
        return metricName;
    }
}
