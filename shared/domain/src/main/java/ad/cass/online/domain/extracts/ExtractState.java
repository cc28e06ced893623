package ad.cass.online.domain.extracts;

/** Where a requested document stands (issue 20). */
public enum ExtractState { PENDING, READY, FAILED }
