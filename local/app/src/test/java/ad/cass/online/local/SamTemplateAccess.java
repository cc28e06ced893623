package ad.cass.online.local;

import ad.cass.online.local.engines.SamTemplate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reading the raw properties of template.yaml's functions, for the contract test. */
final class SamTemplateAccess {
    private SamTemplateAccess() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> ownVariables(SamTemplate.Function function) {
        Object env = function.properties().get("Environment");
        if (!(env instanceof Map<?, ?> e) || !(e.get("Variables") instanceof Map<?, ?> vars)) {
            return Map.of();
        }
        return (Map<String, Object>) vars;
    }

    static String refTarget(Object value) {
        return value instanceof Map<?, ?> m && m.get("Ref") != null ? m.get("Ref").toString() : null;
    }

    /** Tables named by the SAM policy templates (DynamoDBReadPolicy, DynamoDBCrudPolicy, ...). */
    static Set<String> policyTables(SamTemplate.Function function) {
        Set<String> tables = new TreeSet<>();
        Object policies = function.properties().get("Policies");
        if (policies instanceof List<?> list) {
            for (Object policy : list) {
                if (policy instanceof Map<?, ?> p) {
                    p.forEach((name, args) -> {
                        if (name.toString().startsWith("DynamoDB") && args instanceof Map<?, ?> a) {
                            String ref = refTarget(a.get("TableName"));
                            if (ref != null) {
                                tables.add(ref);
                            }
                        }
                    });
                }
            }
        }
        return tables;
    }
}
