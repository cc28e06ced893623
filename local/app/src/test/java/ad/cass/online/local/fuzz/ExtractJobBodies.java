package ad.cass.online.local.fuzz;

import ad.cass.online.domain.person.CassNumber;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The extract queue's messages (ExtractJob: subject, id). Of a valid shape, as ExtractService posts them: exactly those
 * members, as strings; a well-formed CASS number; an id as requests are named ({@code EX} and 16 upper-case hex digits),
 * whether a request of that id exists, is pending or done. The ids the fuzzer picks are those of requests it asks for
 * itself ({@link AskedExtracts}: pending until a job comes), made up, or broken.
 */
final class ExtractJobBodies implements MessageBodies {
    private static final Pattern ID = Pattern.compile("EX[0-9A-F]{16}");
    private static final Set<String> MEMBERS = Set.of("subject", "id");
    private static final List<String> SUBJECTS = List.of("100001A", "100002B", "100005E", "999999Z", "000000A", "100001a");

    @Override
    public String body(Fuzz fuzz, ObjectNode example) {
        ObjectNode body = example.deepCopy();
        if (fuzz.choose(3) == 0) { // a request that exists: its own subject and id, pending the first time
            AskedExtracts.Asked asked = AskedExtracts.ask("fuzz-job-" + HexFormat.of().formatHex(fuzz.bytes(2)));
            body.put("subject", asked.subject()).put("id", asked.id());
        }
        for (int step = fuzz.choose(3); step > 0; step--) {
            String member = fuzz.pick(List.of("id", "subject", "extra"));
            switch (fuzz.choose(5)) {
                case 0 -> body.put(member, member.equals("subject") ? fuzz.pick(SUBJECTS)
                        : "EX" + HexFormat.of().withUpperCase().formatHex(padded(fuzz.bytes(8))));
                case 1 -> body.put(member, fuzz.value());
                case 2 -> body.set(member, fuzz.json(1)); // another type, null
                case 3 -> body.put(member, body.path(member).asText().toLowerCase(java.util.Locale.ROOT));
                default -> body.remove(member);
            }
        }
        return body.toString();
    }

    private static byte[] padded(byte[] bytes) {
        return java.util.Arrays.copyOf(bytes, 8);
    }

    @Override
    public boolean validShape(JsonNode body) {
        return MessageBodies.onlyMembers(body, MEMBERS)
                && body.path("subject").isTextual() && CassNumber.isWellFormed(body.get("subject").asText())
                && body.path("id").isTextual() && ID.matcher(body.get("id").asText()).matches();
    }
}
