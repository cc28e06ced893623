package ad.cass.online.local;

import ad.cass.online.aws.Env;
import ad.cass.online.local.engines.LambdaEvents;
import ad.cass.online.local.engines.LocalContext;
import ad.cass.online.local.engines.SamTemplate;
import com.amazonaws.services.lambda.runtime.Context;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Hosts the template's functions in this JVM as Lambda would: one instance per function, built by its
 * no-argument constructor with exactly the environment template.yaml gives it (plus the emulators'
 * endpoints), then invoked with events (de)serialised by the Lambda runtime's own serialiser.
 */
public final class FunctionHost {
    private final SamTemplate template;
    private final Map<String, String> engineEnvironment;
    private final Map<String, Object> instances = new ConcurrentHashMap<>();

    public FunctionHost(SamTemplate template, Map<String, String> engineEnvironment) {
        this.template = template;
        this.engineEnvironment = Map.copyOf(engineEnvironment);
    }

    public SamTemplate template() {
        return template;
    }

    /** Accepts the logical id ({@code AuthFunction}) or the short name used for events/ ({@code auth}). */
    public SamTemplate.Function resolve(String name) {
        return template.functions().stream()
                .filter(f -> f.logicalId().equalsIgnoreCase(name) || f.logicalId().equalsIgnoreCase(name + "Function"))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no function '" + name + "' in template.yaml; known: "
                        + template.functions().stream().map(SamTemplate.Function::logicalId).toList()));
    }

    public String invoke(String functionName, String eventJson) {
        SamTemplate.Function function = resolve(functionName);
        Object handler = instances.computeIfAbsent(function.logicalId(), id -> construct(function));
        Method method = handlerMethod(handler.getClass(), function.handler());
        Object event = LambdaEvents.fromJson(eventJson, method.getParameterTypes()[0]);
        Context context = LocalContext.of(function.logicalId(), function.memorySize(), function.timeout());
        // The template's Timeout holds as on Lambda: past it the caller gets the failure, whatever the handler
        // is still doing (a thread cannot be killed; Lambda would freeze the whole sandbox instead).
        Future<Object> running = invocations.submit(() -> method.invoke(handler, event, context));
        try {
            return LambdaEvents.toJson(running.get(function.timeout(), TimeUnit.SECONDS));
        } catch (TimeoutException e) {
            running.cancel(true);
            throw new FunctionFailed(function.logicalId(),
                    new IllegalStateException("Task timed out after " + function.timeout() + " seconds"));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof InvocationTargetException target ? target.getCause() : e.getCause();
            throw new FunctionFailed(function.logicalId(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FunctionFailed(function.logicalId(), e);
        }
    }

    private final ExecutorService invocations = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "local-lambda-invocation");
        t.setDaemon(true);
        return t;
    });

    private Object construct(SamTemplate.Function function) {
        Map<String, String> env = new LinkedHashMap<>(engineEnvironment);
        env.putAll(function.environment());
        env.put("AWS_LAMBDA_FUNCTION_NAME", function.logicalId());
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(function.memorySize()));
        return Env.with(env, () -> {
            try {
                return Class.forName(function.handlerClass()).getConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot construct " + function.handlerClass(), e);
            }
        });
    }

    /** The concrete {@code handleRequest(Event, Context)}, not the erased bridge method. */
    static Method handlerMethod(Class<?> type, String handler) {
        String name = handler.contains("::") ? handler.substring(handler.indexOf("::") + 2) : "handleRequest";
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && !m.isBridge() && m.getParameterCount() == 2
                    && m.getParameterTypes()[1] == Context.class) {
                return m;
            }
        }
        throw new IllegalStateException(type + " has no " + name + "(event, Context)");
    }

    public static final class FunctionFailed extends RuntimeException {
        FunctionFailed(String function, Throwable cause) {
            super(function + " failed: " + cause, cause);
        }
    }
}
