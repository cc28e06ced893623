package ad.cass.online.local.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Set;

/**
 * What a queue carries, as its consumer's message class reads it: how to make a fuzzed body from an example's, and
 * which bodies are of a valid shape, those a producer of the system writes. A message of a valid shape must be done,
 * not reported failed, whether or not what it names exists and however often it comes: SQS would deliver it again and
 * again, then leave it in the dead-letter queue for an operator who has nothing to repair. Any other body may fail.
 */
interface MessageBodies {
    /** A body for a record, from the example's {@code body} (left as it is: a copy is changed). */
    String body(Fuzz fuzz, ObjectNode example);

    /** Whether a body is one a producer writes (its class's members, each of the shape the producer gives it). */
    boolean validShape(JsonNode body);

    /** Whether the body names no member but these: the consumer's reader refuses an unknown one. */
    static boolean onlyMembers(JsonNode body, Set<String> members) {
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            if (!members.contains(names.next())) {
                return false;
            }
        }
        return true;
    }
}
