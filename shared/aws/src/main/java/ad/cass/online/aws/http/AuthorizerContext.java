package ad.cass.online.aws.http;

import ad.cass.online.domain.identity.Principal;
import java.util.Map;

/** The keys the authorizer puts in {@code requestContext.authorizer.lambda}: one place, both sides. */
public final class AuthorizerContext {
    public static final String CASS_NUMBER = "cassNumber";
    public static final String PROFILE_ID = "profileId";
    public static final String SESSION_ID = "sessionId";
    public static final String METHOD = "authMethod";
    /** The language of the session (issue 17): what every answer to the caller is written in. */
    public static final String LANGUAGE = "language";
    /** Set instead of a principal when the authorizer failed: {@link #PASSING} or {@link #INTERNAL}. */
    public static final String FAULT = "authorizerFault";
    public static final String PASSING = "passing";
    public static final String INTERNAL = "internal";

    private AuthorizerContext() {
    }

    /** Strings only: what an HTTP API simple authorizer response may carry in its context. */
    public static Map<String, String> of(Principal principal) {
        return Map.of(CASS_NUMBER, principal.cassNumber().value(),
                PROFILE_ID, principal.profileId(),
                SESSION_ID, principal.sessionId(),
                METHOD, principal.method().name(),
                LANGUAGE, principal.language().code());
    }

    /** What the functions behind answer when the authorizer's own store failed: 503 when it passes, else 500. */
    public static Map<String, String> fault(boolean passing) {
        return Map.of(FAULT, passing ? PASSING : INTERNAL);
    }
}
