package ad.cass.online.local.engines;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * template.yaml read the way CloudFormation reads it, for what the local runtime needs: tables, buckets,
 * functions with their merged environment, HTTP API routes and the authorizer. It is the only list of
 * these things in the project; the local runtime and the tests derive everything from it.
 * Short-form intrinsics ({@code !Ref}, {@code !Sub}, {@code !GetAtt}, ...) become their long forms.
 */
public final class SamTemplate {
    public static final String ACCOUNT_ID = "000000000000";
    private static final Pattern SECRET_REFERENCE = Pattern.compile("\\{\\{resolve:secretsmanager:([^:}]+)[^}]*}}");
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}!][^}]*)}");

    private final Map<String, Object> root;
    private final Map<String, String> parameters;
    private final String region;

    private SamTemplate(Map<String, Object> root, Map<String, String> parameterOverrides, String region) {
        this.root = root;
        this.region = region;
        this.parameters = new LinkedHashMap<>();
        map(root.get("Parameters")).forEach((name, spec) -> {
            Object fallback = map(spec).get("Default");
            if (fallback != null) {
                parameters.put(name, String.valueOf(fallback));
            }
        });
        parameters.putAll(parameterOverrides);
    }

    public static SamTemplate load(Path file, Map<String, String> parameterOverrides, String region) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Yaml yaml = new Yaml(new IntrinsicConstructor());
            Map<String, Object> root = map(yaml.load(reader));
            return new SamTemplate(root, parameterOverrides, region);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** Walks up from the working directory: the project root is where template.yaml is. */
    public static Path find() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("template.yaml"))) {
                return dir.resolve("template.yaml");
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("template.yaml not found above " + Path.of("").toAbsolutePath());
    }

    /** A parameter's value: the override given, else the template's default; empty when neither exists. */
    public java.util.Optional<String> parameter(String name) {
        return java.util.Optional.ofNullable(parameters.get(name));
    }

    public Map<String, Map<String, Object>> resourcesOfType(String type) {
        Map<String, Map<String, Object>> found = new LinkedHashMap<>();
        map(root.get("Resources")).forEach((id, resource) -> {
            if (type.equals(map(resource).get("Type"))) {
                found.put(id, map(map(resource).get("Properties")));
            }
        });
        return found;
    }

    public record Table(String logicalId, String name, Map<String, Object> properties) {
    }

    public record Bucket(String logicalId, String name, Map<String, Object> properties) {
    }

    public record Queue(String logicalId, String name, Map<String, Object> properties) {
    }

    /** A function fed by a queue ({@code Type: SQS} event). */
    public record QueueConsumer(String functionLogicalId, String queueLogicalId, int batchSize) {
    }

    /** A function run on a schedule ({@code Type: Schedule} event: an EventBridge rule). */
    public record Schedule(String functionLogicalId, String eventName, String expression) {
    }

    public record Route(String method, String path, String functionLogicalId, String authorizerFunctionLogicalId) {
        public String routeKey() {
            return method + " " + path;
        }
    }

    public record Function(String logicalId, String handler, String codeUri, int memorySize, int timeout,
                           Map<String, String> environment, Map<String, Object> properties) {
        public String handlerClass() {
            int separator = handler.indexOf("::");
            return separator < 0 ? handler : handler.substring(0, separator);
        }
    }

    public List<Table> tables() {
        List<Table> tables = new ArrayList<>();
        resourcesOfType("AWS::DynamoDB::Table").forEach((id, props) ->
                tables.add(new Table(id, string(props.get("TableName")), props)));
        return tables;
    }

    public List<Bucket> buckets() {
        List<Bucket> buckets = new ArrayList<>();
        resourcesOfType("AWS::S3::Bucket").forEach((id, props) ->
                buckets.add(new Bucket(id, string(props.get("BucketName")), props)));
        return buckets;
    }

    public List<Queue> queues() {
        List<Queue> queues = new ArrayList<>();
        resourcesOfType("AWS::SQS::Queue").forEach((id, props) -> queues.add(new Queue(id, queueName(id), props)));
        return queues;
    }

    /** Every SQS event of every function, with the queue it reads ({@code Queue: !GetAtt X.Arn}). */
    public List<QueueConsumer> queueConsumers() {
        List<QueueConsumer> consumers = new ArrayList<>();
        eventsOfType("SQS", (function, name, p) -> {
            Object queue = map(p.get("Queue")).get("Fn::GetAtt");
            String spec = queue instanceof List<?> l ? String.valueOf(l.get(0)) : String.valueOf(queue);
            String queueId = spec.contains(".") ? spec.substring(0, spec.indexOf('.')) : spec;
            consumers.add(new QueueConsumer(function, queueId, Integer.parseInt(string(first(p.get("BatchSize"), 10)))));
        });
        return consumers;
    }

    public List<Schedule> schedules() {
        List<Schedule> schedules = new ArrayList<>();
        eventsOfType("Schedule", (function, name, p) -> schedules.add(new Schedule(function, name, string(p.get("Schedule")))));
        return schedules;
    }

    private interface EventVisitor {
        void visit(String functionLogicalId, String eventName, Map<String, Object> properties);
    }

    private void eventsOfType(String type, EventVisitor visitor) {
        resourcesOfType("AWS::Serverless::Function").forEach((id, props) ->
                map(props.get("Events")).forEach((name, event) -> {
                    Map<String, Object> e = map(event);
                    if (type.equals(e.get("Type"))) {
                        visitor.visit(id, name, map(e.get("Properties")));
                    }
                }));
    }

    /** A queue's name: its QueueName, else what CloudFormation would generate from the stack and its id. */
    private String queueName(String logicalId) {
        Map<String, Object> props = map(map(map(map(root.get("Resources")).get(logicalId))).get("Properties"));
        String given = string(props.get("QueueName"));
        return given != null ? given : resolveRef("AWS::StackName") + "-" + logicalId;
    }

    /** {@code Globals: Function:}, what every function inherits. */
    public Map<String, Object> functionGlobals() {
        return map(map(root.get("Globals")).get("Function"));
    }

    public List<Function> functions() {
        Map<String, Object> globals = functionGlobals();
        Map<String, Object> globalEnv = map(map(globals.get("Environment")).get("Variables"));
        List<Function> functions = new ArrayList<>();
        resourcesOfType("AWS::Serverless::Function").forEach((id, props) -> {
            Map<String, String> env = new LinkedHashMap<>();
            globalEnv.forEach((k, v) -> env.put(k, string(v)));
            map(map(props.get("Environment")).get("Variables")).forEach((k, v) -> env.put(k, string(v)));
            functions.add(new Function(id,
                    string(first(props.get("Handler"), globals.get("Handler"))),
                    string(first(props.get("CodeUri"), globals.get("CodeUri"))),
                    Integer.parseInt(string(first(props.get("MemorySize"), globals.get("MemorySize"), 128))),
                    Integer.parseInt(string(first(props.get("Timeout"), globals.get("Timeout"), 3))),
                    env, props));
        });
        return functions;
    }

    public Function function(String logicalId) {
        return functions().stream().filter(f -> f.logicalId().equals(logicalId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no function " + logicalId + " in template.yaml"));
    }

    /** Every HttpApi event of every function, with the authorizer that guards it (null when Auth is NONE). */
    public List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        resourcesOfType("AWS::Serverless::Function").forEach((id, props) ->
                map(props.get("Events")).forEach((name, event) -> {
                    Map<String, Object> e = map(event);
                    if (!"HttpApi".equals(e.get("Type"))) {
                        return;
                    }
                    Map<String, Object> p = map(e.get("Properties"));
                    String apiId = refOf(p.get("ApiId"));
                    String authorizerName = string(map(p.get("Auth")).get("Authorizer"));
                    routes.add(new Route(string(p.get("Method")).toUpperCase(), string(p.get("Path")), id,
                            authorizerFunction(apiId, authorizerName)));
                }));
        return routes;
    }

    private String authorizerFunction(String apiId, String authorizerName) {
        if ("NONE".equals(authorizerName)) {
            return null;
        }
        Map<String, Object> auth = map(resourcesOfType("AWS::Serverless::HttpApi").get(apiId)).isEmpty()
                ? Map.of() : map(resourcesOfType("AWS::Serverless::HttpApi").get(apiId).get("Auth"));
        String name = authorizerName != null ? authorizerName : string(auth.get("DefaultAuthorizer"));
        if (name == null) {
            return null;
        }
        // !GetAtt Fn.Arn, or SAM's !Ref Fn.Alias for the published alias
        Map<String, Object> arn = map(map(map(auth.get("Authorizers")).get(name)).get("FunctionArn"));
        Object target = arn.containsKey("Fn::GetAtt") ? arn.get("Fn::GetAtt") : arn.get("Ref");
        if (target == null) {
            throw new IllegalStateException("authorizer " + name + " must name its function with !GetAtt Fn.Arn or !Ref Fn.Alias");
        }
        String spec = target instanceof List<?> list ? String.valueOf(list.get(0)) : String.valueOf(target);
        return spec.contains(".") ? spec.substring(0, spec.indexOf('.')) : spec;
    }

    private static String refOf(Object value) {
        Object ref = map(value).get("Ref");
        return ref == null ? null : ref.toString();
    }

    /** Resolves intrinsics to the value CloudFormation would give, with local names and a fake account. */
    public String string(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> m) {
            if (m.containsKey("Ref")) {
                return resolveRef(String.valueOf(m.get("Ref")));
            }
            if (m.containsKey("Fn::Sub")) {
                Object sub = m.get("Fn::Sub");
                String text = sub instanceof List<?> l ? String.valueOf(l.get(0)) : String.valueOf(sub);
                Matcher matcher = SUB_VARIABLE.matcher(text);
                StringBuilder out = new StringBuilder();
                while (matcher.find()) {
                    String variable = matcher.group(1);
                    String resolved = variable.contains(".") ? getAtt(variable) : resolveRef(variable);
                    matcher.appendReplacement(out, Matcher.quoteReplacement(resolved));
                }
                matcher.appendTail(out);
                return localSecrets(out.toString());
            }
            if (m.containsKey("Fn::GetAtt")) {
                Object target = m.get("Fn::GetAtt");
                return getAtt(target instanceof List<?> l ? l.get(0) + "." + l.get(1) : String.valueOf(target));
            }
            throw new IllegalStateException("intrinsic not supported by the local runtime: " + m.keySet());
        }
        return String.valueOf(value);
    }

    /**
     * A dynamic reference to a Secrets Manager secret ({@code {{resolve:secretsmanager:CursorKeySecret:SecretString}}})
     * becomes a value fixed per secret: locally there is no secret to keep, and a fixed value lets the tests and a
     * restarted runtime read what the last one wrote (a page cursor signed before a restart still opens).
     */
    static String localSecrets(String text) {
        Matcher matcher = SECRET_REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            try {
                byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                        .digest(("cass-online-local:" + matcher.group(1)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                matcher.appendReplacement(out, java.util.HexFormat.of().formatHex(digest));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JDK has SHA-256", e);
            }
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String resolveRef(String name) {
        switch (name) {
            case "AWS::Region":
                return region;
            case "AWS::AccountId":
                return ACCOUNT_ID;
            case "AWS::StackName":
                return "cass-online-" + parameters.getOrDefault("Stage", "local");
            case "AWS::Partition":
                return "aws";
            case "AWS::URLSuffix":
                return "amazonaws.com";
            default:
                break;
        }
        if (parameters.containsKey(name)) {
            return parameters.get(name);
        }
        if (name.endsWith(".Alias") || name.endsWith(".Version")) { // SAM's references to a function's alias
            return "arn:aws:lambda:" + region + ":" + ACCOUNT_ID + ":function:" + name.substring(0, name.indexOf('.'));
        }
        Map<String, Object> resource = map(map(root.get("Resources")).get(name));
        Map<String, Object> props = map(resource.get("Properties"));
        Object type = resource.get("Type");
        if ("AWS::DynamoDB::Table".equals(type)) {
            return string(props.get("TableName"));
        }
        if ("AWS::S3::Bucket".equals(type)) {
            return string(props.get("BucketName"));
        }
        if ("AWS::SQS::Queue".equals(type)) { // a queue's Ref is its URL
            return "https://sqs." + region + ".amazonaws.com/" + ACCOUNT_ID + "/" + queueName(name);
        }
        if (!resource.isEmpty()) {
            return name;
        }
        throw new IllegalStateException("!Ref to unknown name " + name);
    }

    private String getAtt(String spec) {
        String resource = spec.substring(0, spec.indexOf('.'));
        String attribute = spec.substring(spec.indexOf('.') + 1);
        if ("Arn".equals(attribute)) {
            Object type = map(map(map(root.get("Resources")).get(resource))).get("Type");
            if ("AWS::DynamoDB::Table".equals(type)) {
                return "arn:aws:dynamodb:" + region + ":" + ACCOUNT_ID + ":table/" + resolveRef(resource);
            }
            if ("AWS::SQS::Queue".equals(type)) {
                return "arn:aws:sqs:" + region + ":" + ACCOUNT_ID + ":" + queueName(resource);
            }
            return "arn:aws:lambda:" + region + ":" + ACCOUNT_ID + ":function:" + resource;
        }
        if ("QueueName".equals(attribute)) {
            return queueName(resource);
        }
        if ("QueueUrl".equals(attribute)) {
            return resolveRef(resource);
        }
        return resource + "." + attribute;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value instanceof List<?> l ? (List<Object>) l : List.of();
    }

    private static Object first(Object... candidates) {
        for (Object c : candidates) {
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** Short-form CloudFormation tags become one-key maps, the long form: {@code !Ref X} → {Ref: X}. */
    private static final class IntrinsicConstructor extends SafeConstructor {
        IntrinsicConstructor() {
            super(new LoaderOptions());
            for (String fn : List.of("Ref", "Sub", "GetAtt", "Join", "Select", "Split", "If", "Equals", "Not",
                    "And", "Or", "FindInMap", "ImportValue", "Base64", "Cidr", "GetAZs", "Condition")) {
                String key = fn.equals("Ref") || fn.equals("Condition") ? fn : "Fn::" + fn;
                this.yamlConstructors.put(new Tag("!" + fn), new AbstractConstruct() {
                    @Override
                    public Object construct(Node node) {
                        Object value;
                        if (node instanceof ScalarNode scalar) {
                            value = constructScalar(scalar);
                            if (fn.equals("GetAtt")) {
                                String s = String.valueOf(value);
                                value = List.of(s.substring(0, s.indexOf('.')), s.substring(s.indexOf('.') + 1));
                            }
                        } else if (node instanceof SequenceNode seq) {
                            value = constructSequence(seq);
                        } else {
                            value = constructMapping((MappingNode) node);
                        }
                        Map<String, Object> intrinsic = new LinkedHashMap<>();
                        intrinsic.put(key, Objects.requireNonNull(value));
                        return intrinsic;
                    }
                });
            }
        }
    }
}
