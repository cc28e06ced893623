package ad.cass.online.domain.access;

import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.identity.Principal;

/**
 * GET /access-log (issue 17): who read or changed the data of the person the caller acts as, newest first.
 * Reading it is an access to their personal data like any other, and is written down too.
 */
public final class AccessLogService {
    public static final int MAX_PAGE = 100;
    static final String BAD_LIMIT = "El nombre d'entrades per pàgina ha de ser entre 1 i {0}.";

    private final AccessGuard guard;
    private final AccessLog log;

    public AccessLogService(AccessGuard guard, AccessLog log) {
        this.guard = guard;
        this.log = log;
    }

    public AccessLog.Page page(Principal caller, int limit, String cursor) {
        requirePageSize(limit);
        Subject subject = guard.subject(caller, DataCategory.PERSONAL);
        return log.page(subject.person(), limit, cursor);
    }

    /** Every paged trail of a person's data (this log, the personal file's history) takes 1 to {@link #MAX_PAGE}. */
    public static void requirePageSize(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInput("limit", BAD_LIMIT, MAX_PAGE);
        }
    }
}
