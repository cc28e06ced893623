package ad.cass.online.bench;

import ad.cass.online.local.LocalSystem;
import ad.cass.online.local.engines.SamTemplate;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Cold start, measured side by side in one run: for every round, each subject in a fresh JVM (in a
 * shuffled order, so machine noise spreads evenly), timed from process spawn to its first response.
 * The subjects run their deployable jar (functions/X/target/X.jar) with the environment template.yaml
 * gives them, against the local engines (moto, S3Proxy) holding the demo data. Prints medians, p90 and the ratio of each
 * median to the bare-SDK reference's.
 */
public final class ColdStartBench {
    /** Flags shared by every child JVM, the reference included. */
    static final List<String> JVM_FLAGS = List.of("-Xshare:auto", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx512m");

    /**
     * @param prepare null, or what makes the state the subject's event needs (a document to revoke, a change to confirm)
     *                before each of its samples, outside the timing; it answers the event to invoke
     */
    record Subject(String name, String functionLogicalId, String jar, String handler, String event, Preparation prepare) {
        Subject(String name, String functionLogicalId, String jar, String handler, String event) {
            this(name, functionLogicalId, jar, handler, event, null);
        }
    }

    /** Makes what a subject's event needs in the local system, and answers that event (JSON). */
    @FunctionalInterface
    interface Preparation {
        String event(LocalSystem system, Path example) throws Exception;
    }

    /**
     * @param classes  classes the JVM had loaded when the first answer was written (the JDK's included)
     * @param warmMs   the same event invoked a second time: the first invoke less this is the JVM's first pass over the path
     */
    record Sample(double wallMs, double initMs, double invokeMs, int status, long classes, double warmMs) {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("log4j2.configurationFile", "log4j2-local.xml");
        int rounds = 10;
        Path baseline = null;
        java.util.Set<String> only = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                // another checkout, built: its function jars run beside these, side by side in the same rounds
                case "--baseline" -> baseline = Path.of(args[i + 1]).toAbsolutePath();
                // a few subjects, beside the references (always measured: the ratios are to them)
                case "--only" -> only = new java.util.HashSet<>(List.of(args[i + 1].split(",")));
                default -> throw new IllegalArgumentException("usage: [--rounds N] [--baseline OTHER_CHECKOUT] [--only a,b,c]");
            }
        }
        Path root = SamTemplate.find().getParent();
        Path runner = root.resolve("bench/target/bench-runner.jar");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        List<Subject> subjects = new ArrayList<>(List.of(
                new Subject("reference", "ProfilesFunction", "functions/profiles/target/profiles.jar",
                        "ad.cass.online.bench.child.ReferenceGetItemFunction", "events/profiles/list.json"),
                new Subject("ref+jackson", "ProfilesFunction", "functions/profiles/target/profiles.jar",
                        "ad.cass.online.bench.child.ReferenceWithJacksonFunction", "events/profiles/list.json"),
                new Subject("ref+logging", "ProfilesFunction", "functions/profiles/target/profiles.jar",
                        "ad.cass.online.bench.child.ReferenceWithLoggingFunction", "events/profiles/list.json"),
                new Subject("ref-pin", "AuthFunction", "functions/auth/target/auth.jar",
                        "ad.cass.online.bench.child.ReferencePinLoginFunction", "events/auth/login.json"),
                new Subject("auth", "AuthFunction", "functions/auth/target/auth.jar",
                        "ad.cass.online.auth.AuthApiFunction", "events/auth/login.json"),
                new Subject("profiles", "ProfilesFunction", "functions/profiles/target/profiles.jar",
                        "ad.cass.online.profiles.ProfilesApiFunction", "events/profiles/list.json"),
                new Subject("authorizer", "AuthorizerFunction", "functions/authorizer/target/authorizer.jar",
                        "ad.cass.online.authorizer.SessionAuthorizerFunction", "events/authorizer/bearer-token.json"),
                new Subject("home", "HomeFunction", "functions/home/target/home.jar",
                        "ad.cass.online.home.HomeApiFunction", "events/home/home.json"),
                new Subject("notices", "NoticesFunction", "functions/notices/target/notices.jar",
                        "ad.cass.online.notices.NoticesQueueFunction", "events/notices/pin-locked.json"),
                new Subject("account-file", "AccountFunction", "functions/account/target/account.jar",
                        "ad.cass.online.account.AccountApiFunction", "events/account/personal-file.json"),
                // the checks of a change: iban4j and libphonenumber load their tables on first use
                new Subject("account-patch", "AccountFunction", "functions/account/target/account.jar",
                        "ad.cass.online.account.AccountApiFunction", "events/account/personal-file-change-phone-and-iban.json"),
                new Subject("procedures", "ProceduresFunction", "functions/procedures/target/procedures.jar",
                        "ad.cass.online.procedures.ProceduresApiFunction", "events/procedures/pending.json"),
                new Subject("reimbursements", "ReimbursementsFunction", "functions/reimbursements/target/reimbursements.jar",
                        "ad.cass.online.reimbursements.ReimbursementsApiFunction", "events/reimbursements/list.json"),
                new Subject("lifecert", "LifeCertificatesFunction", "functions/lifecertificates/target/lifecertificates.jar",
                        "ad.cass.online.lifecertificates.LifeCertificatesApiFunction", "events/lifecertificates/status.json"),
                // issue 22: the declarant's overview reads its sheets and the contribution figures (properties)
                new Subject("declarant", "DeclarantsFunction", "functions/declarants/target/declarants.jar",
                        "ad.cass.online.declarants.DeclarantsApiFunction", "events/declarants/declarant.json"),
                // the first export of a container loads OpenPDF (and its fonts' metrics), or POI
                new Subject("reimb-pdf", "ReimbursementsFunction", "functions/reimbursements/target/reimbursements.jar",
                        "ad.cass.online.reimbursements.ReimbursementsApiFunction", "events/reimbursements/export.json"),
                new Subject("reimb-xlsx", "ReimbursementsFunction", "functions/reimbursements/target/reimbursements.jar",
                        "ad.cass.online.reimbursements.ReimbursementsApiFunction", "events/reimbursements/export-xlsx.json"),
                new Subject("contributions", "ContributionsFunction", "functions/contributions/target/contributions.jar",
                        "ad.cass.online.contributions.ContributionsApiFunction", "events/contributions/income.json"),
                // the simulators read the law's numbers (pension-parameters.properties) once per container
                new Subject("pension-sim", "ContributionsFunction", "functions/contributions/target/contributions.jar",
                        "ad.cass.online.contributions.ContributionsApiFunction", "events/contributions/pension-simulation.json"),
                new Subject("extracts", "ExtractsFunction", "functions/extracts/target/extracts.jar",
                        "ad.cass.online.extracts.ExtractsApiFunction", "events/extracts/list.json"),
                // the wallet's first card: the seal key from Secrets Manager, Nimbus JOSE and the ES256 signature
                new Subject("wallet", "ExtractsFunction", "functions/extracts/target/extracts.jar",
                        "ad.cass.online.extracts.ExtractsApiFunction", "events/extracts/health-card.json"),
                // issue 23: the functions off the HTTP API too (a queue, a schedule, CASS's staff): their ratio is shown,
                // not held to the API's goal (nobody waits on them with a browser open). The revocation and the
                // confirmation need a document issued and a change asked for first (StaffPreparations)
                new Subject("generator", "ExtractGeneratorFunction", "functions/extracts/target/extracts.jar",
                        "ad.cass.online.extracts.ExtractsQueueFunction", "events/extracts/generate.json"),
                new Subject("record-payment", "RecordDeclarantPaymentFunction", "functions/declarants/target/declarants.jar",
                        "ad.cass.online.declarants.RecordDeclarantPaymentFunction", "events/declarants/record-payment.json"),
                new Subject("staff-lifecert", "RecordLifeCertificateFunction", "functions/lifecertificates/target/lifecertificates.jar",
                        "ad.cass.online.lifecertificates.RecordLifeCertificateFunction", "events/lifecertificates/record-by-staff.json"),
                new Subject("pension-audit", "ReadPensionAuditFunction", "functions/lifecertificates/target/lifecertificates.jar",
                        "ad.cass.online.lifecertificates.ReadPensionAuditFunction", "events/lifecertificates/audit.json"),
                new Subject("lifecert-deadline", "LifeCertificateDeadlineFunction", "functions/lifecertificates/target/lifecertificates.jar",
                        "ad.cass.online.lifecertificates.LifeCertificatesScheduledFunction", "events/lifecertificates/deadline.json"),
                new Subject("revoke", "RevokeDocumentFunction", "functions/extracts/target/extracts.jar",
                        "ad.cass.online.extracts.RevokeDocumentFunction", "events/extracts/revoke.json",
                        StaffPreparations.documentIssued()),
                new Subject("confirm-change", "ConfirmDeclarantChangeFunction", "functions/declarants/target/declarants.jar",
                        "ad.cass.online.declarants.ConfirmDeclarantChangeFunction", "events/declarants/confirm-change.json",
                        StaffPreparations.changeAskedFor())));
        if (only != null) {
            java.util.Set<String> kept = only;
            subjects.removeIf(s -> !s.name().startsWith("ref") && !kept.contains(s.name()));
        }
        if (baseline != null) {
            for (Subject s : List.copyOf(subjects)) {
                // a function the other checkout does not have yet has nothing to be compared with
                if (!s.handler().startsWith("ad.cass.online.bench.") && Files.exists(baseline.resolve(s.jar()))) {
                    subjects.add(new Subject(s.name() + "@base", s.functionLogicalId(), baseline.resolve(s.jar()).toString(),
                            s.handler(), s.event(), s.prepare()));
                }
            }
        }

        Path work = Files.createTempDirectory("cass-bench");
        try (LocalSystem system = LocalSystem.start(root.resolve("template.yaml"), work, null, "bench")) {
            Map<String, List<Sample>> samples = new LinkedHashMap<>();
            subjects.forEach(s -> samples.put(s.name(), new ArrayList<>()));
            Random shuffle = new Random(42);
            // one unmeasured pass: page cache and CDS archive warm for everyone alike
            for (Subject s : subjects) {
                run(java, root, runner, system, s);
            }
            for (int round = 1; round <= rounds; round++) {
                List<Subject> order = new ArrayList<>(subjects);
                Collections.shuffle(order, shuffle);
                for (Subject s : order) {
                    samples.get(s.name()).add(run(java, root, runner, system, s));
                }
                System.err.printf("round %d/%d done%n", round, rounds);
            }
            Map<String, Path> jars = new LinkedHashMap<>();
            subjects.forEach(s -> jars.put(s.name(), root.resolve(s.jar())));
            report(samples, rounds, jars);
        }
        System.exit(0);
    }

    static Sample run(String java, Path root, Path runner, LocalSystem system, Subject s) throws Exception {
        Path event = root.resolve(s.event());
        if (s.prepare() != null) {
            event = Files.createTempFile("cass-bench-" + s.name(), ".json");
            Files.writeString(event, s.prepare().event(system, root.resolve(s.event())));
        }
        try {
            return run(java, root, runner, system, s, event);
        } finally {
            if (s.prepare() != null) {
                Files.deleteIfExists(event);
            }
        }
    }

    private static Sample run(String java, Path root, Path runner, LocalSystem system, Subject s, Path event)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(JVM_FLAGS);
        command.addAll(List.of("-cp", root.resolve(s.jar()) + File.pathSeparator + runner,
                "ad.cass.online.bench.child.ColdInvoke", s.handler(), event.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> !k.equals("PATH") && !k.equals("HOME") && !k.equals("JAVA_HOME"));
        env.putAll(system.engines().environment());
        env.putAll(system.template().function(s.functionLogicalId()).environment());
        env.put("AWS_LAMBDA_FUNCTION_NAME", s.functionLogicalId());
        if (s.name().endsWith("@base")) {
            // jars from before issue 16 mailed from the auth function itself and read its sender; the
            // template no longer gives the auth function one
            env.putIfAbsent("MAIL_FROM", "no-reply@cass.ad");
        }
        // every round signs in from the event's one address: the per-address allowance would soon answer 429
        // and the bench would time a refusal instead of a sign-in
        env.computeIfPresent("SIGNIN_MAX_PER_ADDRESS_PER_MINUTE", (k, v) -> "1000000");
        env.put("POWERTOOLS_LOG_LEVEL", "WARN");
        env.put("BENCH_REMAINING_MS", String.valueOf(system.template().function(s.functionLogicalId()).timeout() * 1_000));
        // kept only to say why a subject failed
        Path errors = Files.createTempFile("cass-bench-" + s.name(), ".err");
        pb.redirectError(errors.toFile());

        long spawned = System.nanoTime();
        Process process = pb.start();
        double initMs = -1;
        double invokeMs = -1;
        int status = -1;
        double wallMs = -1;
        long classes = -1;
        double warmMs = -1;
        String response = "";
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("@@TIMING ")) {
                    String[] t = line.split(" ");
                    initMs = Double.parseDouble(t[1]);
                    invokeMs = Double.parseDouble(t[2]);
                } else if (line.startsWith("@@AFTER ")) {
                    String[] t = line.split(" ");
                    classes = Long.parseLong(t[1]);
                    warmMs = Double.parseDouble(t[2]);
                } else if (line.startsWith("@@RESPONSE ")) {
                    response = line;
                    wallMs = (System.nanoTime() - spawned) / 1_000_000.0;
                    // an authorizer that let the caller in, a queue consumer that handled the whole batch, a schedule's
                    // line, a staff answer that refused nothing: a 200
                    status = line.contains("\"isAuthorized\":true") || line.contains("\"batchItemFailures\":[]")
                            || (!line.contains("\"statusCode\":") && !line.contains("\"REFUSED\"")) ? 200 : statusOf(line);
                }
            }
        }
        process.waitFor();
        try {
            if (wallMs < 0 || status != 200) {
                List<String> err = Files.readAllLines(errors);
                throw new IllegalStateException(s.name() + " did not answer 200 (exit " + process.exitValue() + "): " + response
                        + "\n" + String.join("\n", err.subList(Math.max(0, err.size() - 20), err.size())));
            }
        } finally {
            Files.deleteIfExists(errors);
        }
        return new Sample(wallMs, initMs, invokeMs, status, classes, warmMs);
    }

    private static int statusOf(String responseLine) {
        int i = responseLine.indexOf("\"statusCode\":");
        if (i < 0) {
            return -1;
        }
        return Integer.parseInt(responseLine.substring(i + 13, i + 16));
    }

    static void report(Map<String, List<Sample>> samples, int rounds, Map<String, Path> jars) {
        double reference = median(samples.get("reference").stream().mapToDouble(Sample::wallMs).toArray());
        double pinReference = median(samples.get("ref-pin").stream().mapToDouble(Sample::wallMs).toArray());
        System.out.printf("%nCold start, spawn to first response, %d rounds, %d cores, JVM %s, flags %s%n", rounds,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), String.join(" ", JVM_FLAGS));
        double referenceWarm = median(samples.get("reference").stream().mapToDouble(Sample::warmMs).toArray());
        System.out.printf("%-18s %10s %8s %9s %14s %8s %8s %13s %11s %10s %9s%n", "subject", "median ms", "p90 ms", "init ms",
                "1st invoke ms", "warm ms", "classes", "vs reference", "vs ref-pin", "less warm", "jar MB");
        samples.forEach((name, list) -> {
            double[] wall = list.stream().mapToDouble(Sample::wallMs).toArray();
            double median = median(wall);
            double warm = median(list.stream().mapToDouble(Sample::warmMs).toArray());
            System.out.printf("%-18s %10.0f %8.0f %9.0f %14.0f %8.0f %8.0f %12.2fx %11s %9.2fx %9.1f%n", name, median, percentile(wall, 0.9),
                    median(list.stream().mapToDouble(Sample::initMs).toArray()),
                    median(list.stream().mapToDouble(Sample::invokeMs).toArray()), warm,
                    median(list.stream().mapToDouble(Sample::classes).toArray()), median / reference,
                    name.equals("auth") ? String.format("%.2fx", median / pinReference) : "",
                    (median - warm) / (reference - referenceWarm), megabytes(jars.get(name)));
        });
        System.out.println("reference: one GetItem with the bare SDK; ref+jackson / ref+logging: the same plus that library;");
        System.out.println("ref-pin: one GetItem plus one Argon2id verification, the least a PIN login does (auth's yardstick).");
        System.out.println("warm ms: the same event invoked again in the same JVM; classes: loaded by the first answer, the JDK's included;");
        System.out.println("less warm: (median - warm) / the reference's: the cold start without the request's own time on the emulators");
        System.out.println("(moto answers one request at a time: what a warm request's reads cost here is the warm column, not DynamoDB's).");
    }

    /** The deployable jar's size (what Lambda unpacks), in MB. */
    static double megabytes(Path jar) {
        try {
            return jar == null ? 0 : Files.size(jar) / 1_048_576.0;
        } catch (IOException e) {
            return -1;
        }
    }

    static double median(double[] values) {
        return percentile(values, 0.5);
    }

    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        double index = p * (sorted.length - 1);
        int lo = (int) Math.floor(index);
        int hi = (int) Math.ceil(index);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (index - lo);
    }
}
