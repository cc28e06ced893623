package ad.cass.online.bench.child;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the Lambda Java runtime does on a cold start, and nothing more: load the handler class, build it
 * with its no-argument constructor (the function's init phase), deserialise one event with the runtime's
 * own serialiser, invoke, serialise the response. Runs in a fresh JVM per measurement.
 * <p>Output: {@code @@TIMING <init ms> <invoke ms>} then {@code @@RESPONSE <json>}; then, after the measured answer,
 * {@code @@AFTER <classes loaded> <warm invoke ms>}: how many classes the JVM had loaded to give it (the JDK's own
 * included), and what the same event costs a second time, its classes loaded: the first invoke's remainder is the
 * JVM's first pass over the request's path, which SnapStart's snapshot holds on Lambda.
 */
public final class ColdInvoke {
    private ColdInvoke() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Class<?> type = Class.forName(args[0]);
        Object handler = type.getConstructor().newInstance();
        long constructed = System.nanoTime();

        Method method = null;
        for (Method m : type.getMethods()) {
            if (m.getName().equals("handleRequest") && !m.isBridge() && m.getParameterCount() == 2) {
                method = m;
            }
        }
        String response = invoke(handler, method, Path.of(args[1]));
        long answered = System.nanoTime();

        System.out.println("@@TIMING " + (constructed - start) / 1_000_000.0 + " " + (answered - constructed) / 1_000_000.0);
        System.out.println("@@RESPONSE " + response);
        System.out.flush();

        long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        long again = System.nanoTime();
        invoke(handler, method, Path.of(args[1]));
        System.out.println("@@AFTER " + classes + " " + (System.nanoTime() - again) / 1_000_000.0);
        System.out.flush();
        System.exit(0); // SDK and logging threads would otherwise keep the JVM up
    }

    /** The event read with the runtime's own serialiser, invoked, its answer written back: as Lambda does each time. */
    @SuppressWarnings("unchecked")
    private static String invoke(Object handler, Method method, Path eventFile) throws Exception {
        ClassLoader loader = handler.getClass().getClassLoader();
        Object event;
        try (InputStream in = Files.newInputStream(eventFile)) {
            event = LambdaEventSerializers.serializerFor(method.getParameterTypes()[0], loader).fromJson(in);
        }
        Object response = method.invoke(handler, event, new BenchContext());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ((PojoSerializer<Object>) LambdaEventSerializers.serializerFor(response.getClass(), loader)).toJson(response, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static final class BenchContext implements Context {
        public String getAwsRequestId() { return "bench-0001"; }
        public String getLogGroupName() { return "/aws/lambda/bench"; }
        public String getLogStreamName() { return "bench"; }
        public String getFunctionName() { return System.getenv().getOrDefault("AWS_LAMBDA_FUNCTION_NAME", "bench"); }
        public String getFunctionVersion() { return "$LATEST"; }
        public String getInvokedFunctionArn() { return "arn:aws:lambda:eu-west-1:000000000000:function:" + getFunctionName(); }
        public CognitoIdentity getIdentity() { return null; }
        public ClientContext getClientContext() { return null; }
        /** The function's own Timeout (template.yaml, passed by the bench): a scheduled run keeps a minute back. */
        public int getRemainingTimeInMillis() {
            return Integer.parseInt(System.getenv().getOrDefault("BENCH_REMAINING_MS", "10000"));
        }
        public int getMemoryLimitInMB() { return 1024; }
        public LambdaLogger getLogger() {
            return new LambdaLogger() {
                public void log(String message) { System.err.print(message); }
                public void log(byte[] message) { System.err.print(new String(message, StandardCharsets.UTF_8)); }
            };
        }
    }
}
