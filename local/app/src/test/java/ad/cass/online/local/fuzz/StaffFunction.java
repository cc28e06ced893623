package ad.cass.online.local.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * A function CASS's staff invoke directly with a JSON object of strings (RequestHandler of Map&lt;String, String&gt;),
 * as {@link StaffFunctionFuzzing} fuzzes it.
 *
 * @param logicalId its logical id in template.yaml
 * @param example   its example event in events/
 * @param members   the members it reads: a REFUSED answer's {@code field} must be one of them
 * @param word      a dictionary word for a member: values of the demo data, what a function of the API gave, edges
 * @param success   whether an answer that is not REFUSED has the function's success shape
 * @param again     what the same invocation a second time must answer, given the first answer
 */
record StaffFunction(String logicalId, String example, List<String> members, BiFunction<String, Fuzz, String> word,
                     Predicate<JsonNode> success, Again again) {

    /** The second answer to the same invocation: never a doubled effect. */
    enum Again {
        /** The same answer: the thing was done once, or the function only reads. */
        SAME,
        /** The same, but a RECORDED is now a DUPLICATE (a proof of life counts once per reference). */
        DUPLICATE,
        /** The same, or after a success a refusal: the success used up what it acted on (the change waiting). */
        USED_UP
    }
}
