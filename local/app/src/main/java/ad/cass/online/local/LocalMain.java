package ad.cass.online.local;

import ad.cass.online.local.engines.MotoEngine;
import ad.cass.online.local.engines.SamTemplate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar local/target/cass-local.jar start-api [--port 3000] [--data DIR] [--stage local]}
 * {@code java -jar local/target/cass-local.jar invoke FUNCTION -e events/FUNCTION/FILE.json}
 * <p>Like {@code sam local start-api} and {@code sam local invoke}, without Docker or an AWS account.
 * Logs go to standard error, so the standard output of {@code invoke} is the function's response alone.
 */
public final class LocalMain {
    private LocalMain() {
    }

    public static void main(String[] args) throws Exception {
        // before any logger exists: logs on standard error (the functions' log4j2.xml writes to standard output)
        System.setProperty("log4j2.configurationFile", "log4j2-local.xml");
        List<String> rest = new ArrayList<>(List.of(args));
        if (rest.isEmpty()) {
            usage();
            System.exit(2);
        }
        String command = rest.remove(0);
        Options options = Options.parse(rest);
        try {
            switch (command) {
                case "start-api" -> startApi(options);
                case "invoke" -> invoke(options);
                default -> {
                    usage();
                    System.exit(2);
                }
            }
        } catch (MotoEngine.EmulatorMissing e) {
            System.err.println(e.getMessage()); // what to install, not a stack trace
            System.exit(2);
        }
    }

    private static void startApi(Options options) throws Exception {
        long started = System.nanoTime();
        Path template = options.template();
        LocalSystem system = LocalSystem.start(template, options.workDir(template), options.data, options.stage);
        LocalApi api = new LocalApi(system.host(), system.engines().outbox(),
                template.toAbsolutePath().getParent().resolve("openapi.yaml"), options.port);
        QueuePump queues = new QueuePump(system.host(), system.engines());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            queues.close();
            api.close();
            try {
                system.close();
            } catch (Exception ignored) {
                // shutting down anyway
            }
        }));
        String base = "http://127.0.0.1:" + api.port();
        System.out.printf("CASS Online local API ready on %s in %d ms (stage %s, DynamoDB %s)%n", base,
                (System.nanoTime() - started) / 1_000_000, options.stage,
                options.data == null ? "in memory" : "saved in " + options.data);
        System.out.printf("  AWS emulators: moto %s (DynamoDB, SES v2, SQS, Scheduler), S3Proxy %s%n",
                system.engines().awsEndpoint(), system.engines().s3Endpoint());
        api.routes().forEach(r -> System.out.printf("  %-7s %-28s -> %s%s%n", r.method(), r.path(), r.functionLogicalId(),
                r.authorizerFunctionLogicalId() == null ? "" : " (authorizer " + r.authorizerFunctionLogicalId() + ")"));
        System.out.printf("  GET     /_local/health%n  GET     /_local/outbox   (e-mails: %s)%n",
                system.engines().outbox().directory());
        System.out.printf("  GET     /openapi.json    the API contract; in a browser: %s/docs%n", base);
        system.template().queueConsumers().forEach(c -> System.out.printf("  SQS     %-28s -> %s (delivered as Lambda would)%n",
                c.queueLogicalId(), c.functionLogicalId()));
        system.template().schedules().forEach(sc -> System.out.printf("  POST    /_local/schedules/%s   runs it now (%s)%n",
                sc.functionLogicalId(), sc.expression()));
        System.out.printf("Try: curl -s %s/auth/login -H 'content-type: application/json' -d '{\"cassNumber\":\"100001A\",\"pin\":\"Demo-2026!\"}'%n", base);
        System.out.flush();
        new CountDownLatch(1).await();
    }

    private static void invoke(Options options) throws Exception {
        if (options.positional.isEmpty() || options.event == null) {
            usage();
            System.exit(2);
        }
        String function = options.positional.get(0);
        String event = Files.readString(options.event, StandardCharsets.UTF_8);
        Path template = options.template();
        int exit = 0;
        try (LocalSystem system = LocalSystem.start(template, options.workDir(template), options.data, options.stage)) {
            System.out.println(system.host().invoke(function, event));
        } catch (FunctionHost.FunctionFailed e) {
            System.err.println(e.getMessage());
            exit = 1;
        }
        System.out.flush();
        System.exit(exit); // S3Proxy's non-daemon threads would keep the JVM alive
    }

    private static void usage() {
        System.err.println("""
                usage:
                  java -jar local/target/cass-local.jar start-api [--port 3000] [--data DIR] [--stage local]
                  java -jar local/target/cass-local.jar invoke FUNCTION -e EVENT.json [--data DIR]
                FUNCTION is a logical id of template.yaml (AuthFunction) or its short name (auth).""");
    }

    static final class Options {
        int port = 3000;
        Path data;
        Path event;
        Path templateFile;
        String stage = "local";
        final List<String> positional = new ArrayList<>();

        static Options parse(List<String> args) {
            Options o = new Options();
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--port", "-p" -> o.port = Integer.parseInt(args.get(++i));
                    case "--data" -> o.data = Path.of(args.get(++i)).toAbsolutePath();
                    case "-e", "--event" -> o.event = Path.of(args.get(++i));
                    case "--stage" -> o.stage = args.get(++i);
                    case "--template", "-t" -> o.templateFile = Path.of(args.get(++i)).toAbsolutePath();
                    default -> o.positional.add(a);
                }
            }
            return o;
        }

        Path template() {
            return templateFile != null ? templateFile : SamTemplate.find();
        }

        Path workDir(Path template) {
            return template.toAbsolutePath().getParent().resolve(".local");
        }
    }
}
