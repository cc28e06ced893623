package ad.cass.online.domain.lifecertificates;

import java.time.LocalDate;

/**
 * Where a pension stands as to proof of life.
 *
 * @param suspendedFrom  the first day of the first month not paid (SUSPENDED and CLOSED)
 * @param missedCampaign the id of the campaign whose deadline passed without proof (SUSPENDED and CLOSED)
 * @param closedOn       the day it was closed for good (CLOSED only)
 */
public record PensionState(Status status, LocalDate suspendedFrom, String missedCampaign, LocalDate closedOn) {

    public enum Status {
        /** Seed 003 §3.2: "el pensionista seguirà rebent la prestació econòmica amb normalitat". */
        PAID,
        /** Seed 003 §3.2: "no cobra la prestació econòmica", until a valid certificate arrives (DOMAIN.md). */
        SUSPENDED,
        /** DOMAIN.md "Outside the seeds": three years without proof; only a new application brings it back. */
        CLOSED
    }

    private static final PensionState PAID_STATE = new PensionState(Status.PAID, null, null, null);

    public PensionState {
        boolean stopped = status != Status.PAID;
        if (status == null || stopped != (suspendedFrom != null) || stopped != (missedCampaign != null)
                || (status == Status.CLOSED) != (closedOn != null)) {
            throw new IllegalArgumentException("a suspended or closed pension has the day it stopped and the campaign "
                    + "missed, a closed one the day it closed, a paid one none of them");
        }
        if (suspendedFrom != null && suspendedFrom.getDayOfMonth() != 1) {
            throw new IllegalArgumentException("a pension stops from the first day of a month, not " + suspendedFrom);
        }
    }

    public static PensionState paid() {
        return PAID_STATE;
    }

    public static PensionState suspended(LocalDate from, String missedCampaign) {
        return new PensionState(Status.SUSPENDED, from, missedCampaign, null);
    }

    public PensionState closed(LocalDate on) {
        return new PensionState(Status.CLOSED, suspendedFrom, missedCampaign, on);
    }

    /** The last pension paid: on the last day of the month before the suspension (decision, see PensionDecisions). */
    public LocalDate lastPayment() {
        if (suspendedFrom == null) {
            throw new IllegalStateException("a paid pension is still being paid");
        }
        return suspendedFrom.minusDays(1);
    }

    public boolean suspendedFor(String campaignId) {
        return status == Status.SUSPENDED && missedCampaign.equals(campaignId);
    }
}
