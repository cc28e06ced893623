package ad.cass.online.bench.load;

import ad.cass.online.bench.load.ApiCalls.Request;
import ad.cass.online.local.demo.DemoData;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * One person at the portal for the length of the run: signs in, then clicks through the pages of the profile it acts
 * as (first page, lists, one row's details, an export now and then), files and follows procedures, asks for documents,
 * changes a phone number, writes to CASS ({@link Writes}), switches profile, signs out and in again; a pause to read
 * between clicks.
 */
final class Client implements Runnable {
    static final ZoneId ANDORRA = ZoneId.of("Europe/Andorra");

    /** What the run hands every client. */
    record Context(ApiCalls.Shared shared, Ledger ledger, Allowances allowances, String runId, long endNanos, int thinkMillis) {
    }

    /** A profile the session may act as: {@code person} is whose data it reaches (for a declarant, its holder). */
    record Profile(String id, String person) {
        Kind kind() {
            return id.startsWith("own:") ? Kind.OWN : id.startsWith("dependant:") ? Kind.DEPENDANT : Kind.DECLARANT;
        }
    }

    enum Kind { OWN, DEPENDANT, DECLARANT }

    private final Persona persona;
    private final Context context;
    private final ApiCalls api;
    /** The government certificate, as the local runtime's header takes it; null when the person has none. */
    private final String certificate;
    private final Random random;
    private final Writes writes;

    private String token;
    private List<Profile> profiles = List.of();
    private Profile active;
    /** What the last lists showed, for the details a person opens next. */
    private final List<String> codes = new ArrayList<>();
    private final List<String> sheets = new ArrayList<>();
    private final List<String> months = new ArrayList<>();
    private final List<String> extracts = new ArrayList<>();

    Client(int index, Persona persona, Context context, ApiCalls api, String certificate) {
        this.persona = persona;
        this.context = context;
        this.api = api;
        this.certificate = certificate;
        this.random = new Random(index * 7919L + context.runId().hashCode());
        this.writes = new Writes(index, persona, context, api, random, this::think);
    }

    @Override
    public void run() {
        try {
            while (System.nanoTime() < context.endNanos()) {
                if (token == null) {
                    signIn();
                } else {
                    step();
                }
                think();
            }
        } finally {
            api.close();
        }
    }

    private void think() {
        if (context.thinkMillis() > 0) {
            try {
                Thread.sleep(random.nextInt(2 * context.thinkMillis() + 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One click, drawn by weight from what the active profile may do. */
    private void step() {
        Mix mix = new Mix(random);
        boolean professional = active.kind() == Kind.OWN;
        if (active.kind() == Kind.DECLARANT) {
            mix.add(5, () -> read("GET /declarant", "/declarant"));
            mix.add(4, () -> read("GET /declarant/contributions", "/declarant/contributions"));
            mix.add(3, () -> read("GET /declarant/payments", "/declarant/payments"));
            mix.add(3, () -> read("GET /declarant/employees", "/declarant/employees"));
            mix.add(2, () -> read("GET /declarant/incapacities", "/declarant/incapacities"));
        } else {
            mix.add(12, () -> read("GET /home", "/home"));
            mix.add(6, this::procedures);
            mix.add(4, () -> detail(codes, this::procedures, c -> read("GET /procedures/{code}", "/procedures/" + c)));
            mix.add(2, () -> detail(codes, this::procedures, c -> read("GET /procedures/{code}/documents", "/procedures/" + c + "/documents")));
            mix.add(5, this::reimbursements);
            mix.add(3, () -> detail(sheets, this::reimbursements, s -> read("GET /reimbursements/{sheet}", "/reimbursements/" + s)));
            mix.add(4, () -> read("GET /notices", "/notices"));
            mix.add(4, () -> read("GET /personal-file", "/personal-file"));
            mix.add(1, () -> read("GET /personal-file/history", "/personal-file/history"));
            mix.add(1, () -> read("GET /access-log", "/access-log?limit=10"));
            mix.add(2, this::extractList);
            mix.add(1, () -> detail(extracts, this::extractList, id -> read("GET /extracts/{id}", "/extracts/" + id)));
            mix.add(1, () -> export("GET /procedures/export", "/procedures/export?format=pdf"));
            mix.add(1, () -> export("GET /reimbursements/export", "/reimbursements/export?format=xlsx&from=2025-01-01"));
            if (professional) {
                mix.add(4, this::income);
                mix.add(3, () -> detail(months, this::income, m -> read("GET /income/{month}", "/income/" + m)));
                mix.add(2, () -> read("GET /points", "/points"));
                mix.add(1, () -> read("GET /payments", "/payments"));
                mix.add(1, () -> export("GET /income/export", random.nextBoolean() ? "/income/export?format=pdf&period=life"
                        : "/income/export?format=xlsx&period=custom&from=2024-01&to=2025-12"));
            }
            mix.add(4, () -> writes.as(token, active).procedureJourney());
            mix.add(2, () -> writes.as(token, active).fileQuickly());
            mix.add(2, () -> writes.as(token, active).askForExtract());
            mix.add(2, () -> writes.as(token, active).changePhone());
            mix.add(1, () -> {
                if (!writes.as(token, active).writeToCass()) {
                    read("GET /home", "/home"); // the person has written enough this hour: they look at their page instead
                }
            });
        }
        mix.add(2, () -> read("GET /profiles", "/profiles"));
        if (profiles.size() > 1 && !persona.byContract()) {
            mix.add(3, this::switchProfile);
        }
        mix.add(1, this::signOutAndIn);
        mix.run();
    }

    // --- signing in and out, profiles

    private void signIn() {
        JsonNode login;
        if (persona.byContract()) {
            login = api.json(new Request("POST /auth/login/contract", "POST", "/auth/login/contract", null,
                    "{\"contractNumber\":\"" + persona.contract() + "\",\"password\":\"" + DemoData.PIN + "\"}", null), 200);
        } else if (certificate != null && random.nextInt(4) == 0) {
            login = api.json(new Request("POST /auth/login/certificate", "POST", "/auth/login/certificate", null, null, null,
                    Map.of("x-local-client-cert", certificate)), 200);
        } else {
            login = api.json(new Request("POST /auth/login", "POST", "/auth/login", null,
                    "{\"cassNumber\":\"" + persona.person() + "\",\"pin\":\"" + DemoData.PIN + "\"}", null), 200);
        }
        if (login == null) {
            return;
        }
        token = login.path("token").asText();
        List<Profile> found = new ArrayList<>();
        login.path("profiles").forEach(p -> found.add(new Profile(p.path("id").asText(), p.path("cassNumber").asText())));
        profiles = List.copyOf(found);
        actAs(login.path("activeProfileId").asText());
    }

    private void signOutAndIn() {
        api.send(new Request("POST /auth/logout", "POST", "/auth/logout", token, null, null), 204);
        token = null;
        think();
        signIn();
    }

    private void switchProfile() {
        List<Profile> others = profiles.stream().filter(p -> !p.equals(active)).toList();
        Profile next = others.get(random.nextInt(others.size()));
        if (api.json(new Request("PUT /session/profile", "PUT", "/session/profile", token,
                "{\"profileId\":\"" + next.id() + "\"}", null), 200) != null) {
            actAs(next.id());
        }
    }

    private void actAs(String profileId) {
        active = profiles.stream().filter(p -> p.id().equals(profileId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no profile " + profileId + " in " + profiles));
        codes.clear();
        sheets.clear();
        months.clear();
        extracts.clear();
    }

    // --- reads

    private JsonNode read(String route, String target) {
        return api.json(new Request(route, "GET", target, token, null, null), 200);
    }

    private void export(String route, String target) {
        api.send(new Request(route, "GET", target, token, null, null), 200);
    }

    private void procedures() {
        remember(read("GET /procedures", random.nextBoolean() ? "/procedures" : "/procedures?type=medical-voucher-abroad"),
                "procedures", "code", codes);
    }

    private void reimbursements() {
        remember(read("GET /reimbursements", "/reimbursements"), "sheets", "sheetNumber", sheets);
    }

    private void income() {
        remember(read("GET /income", "/income?period=12m"), "months", "period", months);
    }

    private void extractList() {
        remember(read("GET /extracts", "/extracts"), "extracts", "id", extracts);
    }

    private static void remember(JsonNode page, String array, String field, List<String> into) {
        if (page != null) {
            into.clear();
            page.path(array).forEach(row -> into.add(row.path(field).asText()));
        }
    }

    /** One row of the last list, opened; the list first when none was read yet (or it was empty). */
    private void detail(List<String> known, Runnable list, Consumer<String> open) {
        if (known.isEmpty()) {
            list.run();
        }
        if (!known.isEmpty()) {
            open.accept(known.get(random.nextInt(known.size())));
        }
    }
}
