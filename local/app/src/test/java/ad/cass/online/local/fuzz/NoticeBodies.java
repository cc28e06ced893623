package ad.cass.online.local.fuzz;

import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.signin.Notice;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The notice queue's messages (NoticeMessage: kind, recipient, at, link). Of a valid shape, as sign-in and the
 * personal file post them: exactly those members, as strings; a kind of Notice.Kind; a recipient that is a well-formed
 * CASS number, or for CONTRACT_LOCKED a contract number as the login accepts it (LoginService.CONTRACT_NUMBER), held or
 * not (a lock of a guessed number posts the same notice); an ISO-8601 instant of this century (a lock's end, a link's,
 * a change's time); for PIN_RESET and it alone an https link.
 */
final class NoticeBodies implements MessageBodies {
    /** LoginService.CONTRACT_NUMBER: a notice about a contract names what the login accepted. */
    private static final Pattern CONTRACT_NUMBER = Pattern.compile("[A-Z0-9][A-Z0-9-]{3,23}");
    private static final Set<String> MEMBERS = Set.of("kind", "recipient", "at", "link");
    private static final List<String> KINDS = Arrays.stream(Notice.Kind.values()).map(Enum::name).toList();
    private static final List<String> RECIPIENTS = List.of("100001A", "100005E", "100004D", "100002B", "100009J",
            "100013N", "999999Z", "000000A", "CD-0451-2019", "CD-0118-2021", "CD-9999-2099", "100001a", "100001A ");
    private static final List<String> TIMES = List.of("2026-11-30T14:20:00Z", "2026-11-30T14:20:00.123456789Z",
            "2000-01-01T00:00:00Z", "2099-12-31T23:59:59Z", "1970-01-01T00:00:00Z", "2026-11-30T14:20:00+01:00",
            "+1000000000-12-31T23:59:59.999999999Z", "-1000000000-01-01T00:00:00Z", "2026-11-30", "2026-02-29T00:00:00Z");
    private static final List<String> LINKS = List.of(
            "https://online.cass.ad/pt/password-reset?token=kX3bL9wQ0zT5rY7uI2oP4aS6dF8gH1jK3lZ5xC7vB9n",
            "https://online.cass.ad/", "http://online.cass.ad/x", "javascript:alert(1)", "not a link ^", "", "https://");

    @Override
    public String body(Fuzz fuzz, ObjectNode example) {
        ObjectNode body = example.deepCopy();
        for (int step = 1 + fuzz.choose(3); step > 0; step--) {
            String member = fuzz.pick(List.of("recipient", "kind", "at", "link", "extra"));
            switch (fuzz.choose(4)) {
                case 0 -> body.put(member.equals("extra") ? fuzz.pick(fuzz.dictionary().fieldNames) : member, word(fuzz, member));
                case 1 -> body.put(member, fuzz.value());
                case 2 -> body.set(member, fuzz.json(1)); // another type, null
                default -> body.remove(member);
            }
        }
        return body.toString();
    }

    private static String word(Fuzz fuzz, String member) {
        return switch (member) {
            case "kind" -> fuzz.pick(KINDS);
            case "recipient" -> fuzz.pick(RECIPIENTS);
            case "at" -> fuzz.pick(TIMES);
            case "link" -> fuzz.pick(LINKS);
            default -> fuzz.value();
        };
    }

    @Override
    public boolean validShape(JsonNode body) {
        if (!MessageBodies.onlyMembers(body, MEMBERS)) {
            return false;
        }
        JsonNode kind = body.path("kind");
        JsonNode recipient = body.path("recipient");
        JsonNode link = body.path("link");
        if (!kind.isTextual() || !KINDS.contains(kind.asText()) || !recipient.isTextual() || !thisCentury(body.path("at"))) {
            return false;
        }
        boolean contract = kind.asText().equals(Notice.Kind.CONTRACT_LOCKED.name());
        if (!(CassNumber.isWellFormed(recipient.asText()) || contract && CONTRACT_NUMBER.matcher(recipient.asText()).matches())) {
            return false;
        }
        return kind.asText().equals(Notice.Kind.PIN_RESET.name()) ? httpsLink(link) : link.isMissingNode() || link.isNull();
    }

    private static boolean thisCentury(JsonNode at) {
        try {
            int year = Instant.parse(at.asText()).atOffset(ZoneOffset.UTC).getYear();
            return at.isTextual() && year >= 2000 && year < 2100;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean httpsLink(JsonNode link) {
        try {
            URI uri = new URI(link.asText());
            return link.isTextual() && "https".equals(uri.getScheme()) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }
}
