package ad.cass.online.domain.signin;

import ad.cass.online.domain.error.TooManyRequests;
import ad.cass.online.domain.person.CassNumber;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The allowances of sign-in (issue 16, item 7), counted in fixed windows by a shared {@link RateCounter}
 * (DynamoDB: an HTTP API has no WAF).
 * <ul>
 * <li>Per source address on the public routes: API Gateway's throttles are per route for all callers
 * together, so one client could use up sign-in for everyone. An IPv6 address counts by its /64, the block
 * one subscriber usually holds. Every request counts, well-formed or not; the answer to one over the
 * allowance is a 429 that says nothing about any account.</li>
 * <li>Per account, the PIN-recovery mails: a few an hour, however many requests name the account; the
 * requests beyond get the same answer as any other, and no mail.</li>
 * </ul>
 */
public final class SigninLimits {
    private static final Logger LOG = LoggerFactory.getLogger(SigninLimits.class);
    /** IP literals only: anything else is never handed to InetAddress, which would look a name up. */
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    /** The routes that share an allowance. */
    public enum Route { SIGNIN, PIN_RESET }

    private final RateCounter counter;
    private final Allowance signin;
    private final Allowance pinReset;
    private final Allowance resetMails;
    private final Clock clock;

    /**
     * @param signin     per address, on the sign-in routes
     * @param pinReset   per address, on the PIN-recovery routes (request and confirmation)
     * @param resetMails per account, the PIN-recovery mails
     */
    public SigninLimits(RateCounter counter, Allowance signin, Allowance pinReset, Allowance resetMails, Clock clock) {
        this.counter = counter;
        this.signin = signin;
        this.pinReset = pinReset;
        this.resetMails = resetMails;
        this.clock = clock;
    }

    /** @throws TooManyRequests when the address has used up the route's allowance for this window */
    public void admit(Route route, String sourceAddress) {
        Instant now = clock.instant();
        Optional<Instant> end = counter.refusedUntil("ADDRESS#" + route + "#" + addressKey(sourceAddress),
                route == Route.SIGNIN ? signin : pinReset, now);
        if (end.isPresent()) {
            LOG.warn("{} allowance of an address used up until {}", route, end.get());
            throw new TooManyRequests(Duration.between(now, end.get()));
        }
    }

    /** @return whether one more recovery mail may go to this account in this window */
    boolean admitResetMail(CassNumber cassNumber) {
        Optional<Instant> end = counter.refusedUntil("RESETMAIL#" + cassNumber.value(), resetMails, clock.instant());
        end.ifPresent(until -> LOG.warn("PIN recovery mails for {} used up until {}: this request sends none", cassNumber, until));
        return end.isEmpty();
    }

    /**
     * What an address counts as: an IPv4 address itself, an IPv6 address its /64 prefix. Not an IP literal
     * (API Gateway always gives one; a local call may not): one shared bucket, so it still counts.
     */
    public static String addressKey(String sourceAddress) {
        if (sourceAddress == null || sourceAddress.length() > 45
                || !(IPV4.matcher(sourceAddress).matches() || IPV6.matcher(sourceAddress).matches())) {
            return "unknown";
        }
        try {
            byte[] bytes = InetAddress.getByName(sourceAddress).getAddress();
            return bytes.length == 4 ? InetAddress.getByAddress(bytes).getHostAddress()
                    : HexFormat.of().formatHex(Arrays.copyOf(bytes, 8)) + "/64";
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
