package ad.cass.online.local.fuzz;

import ad.cass.online.local.FunctionHost;
import ad.cass.online.local.engines.LambdaEvents;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.time.DateTime;
import org.joda.time.DateTimeZone;

/**
 * One fuzzed EventBridge schedule event (the events library's ScheduledEvent) to a scheduled function, run twice as
 * EventBridge's at-least-once delivery or Lambda's retry of an asynchronous invocation would. The time is a day of
 * 2020 to 2040 at the schedule's hour, a day the seed's campaign rules make special (openings 1 May and 1 November,
 * reminders 30 and 7 days before the deadline, the deadline a month after the opening, the day after it, New Year,
 * the clock changes in Andorra) or absent (the function takes now), or absurd (before 2000 or from 2100 on, up to
 * Joda's limits); the id and the detail are changed too.
 * <ul>
 *   <li>A plausible time (2000 to 2099, or none): no exception leaves the function, and the same event run again
 *       records nothing new: its line says {@code recorded {}}.</li>
 *   <li>An absurd time: EventBridge never sends one, an operator's typing may; the function answers or fails as it
 *       will, but changes no pension: the proof-of-life trails of the demo pensioners (ReadPensionAuditFunction) read
 *       the same before and after.</li>
 * </ul>
 */
final class ScheduleFuzzing {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId ANDORRA = ZoneId.of("Europe/Andorra");
    private static final List<String> PENSIONERS = List.of("100005E", "100006F");
    /** Month and day of the days the seed's rules make special (LIFE_CERT_* of template.yaml). */
    private static final List<int[]> CAMPAIGN_DAYS = List.of(new int[] {5, 1}, new int[] {11, 1}, new int[] {12, 1},
            new int[] {12, 24}, new int[] {12, 31}, new int[] {1, 1}, new int[] {5, 31}, new int[] {6, 23}, new int[] {6, 30},
            new int[] {7, 1}, new int[] {4, 30}, new int[] {10, 31}, new int[] {2, 29}, new int[] {3, 29}, new int[] {10, 25});

    private final String function;
    private final Examples examples;

    ScheduleFuzzing(String function, String example) {
        this.function = function;
        this.examples = Examples.named(example);
    }

    void fuzz(FuzzedDataProvider data) {
        FunctionHost host = FuzzStack.host();
        Fuzz fuzz = new Fuzz(data);
        ScheduledEvent event = LambdaEvents.fromJson(examples.choose(fuzz).json(), ScheduledEvent.class);
        for (int step = 0; step < 3 && !fuzz.exhausted(); step++) {
            switch (fuzz.choose(4)) {
                case 0 -> event.setTime(plausible(fuzz, event.getTime()));
                case 1 -> event.setTime(fuzz.choose(3) == 0 ? null : absurd(fuzz));
                case 2 -> event.setId(fuzz.choose(3) == 0 ? null : fuzz.value());
                default -> event.setDetail(detail(fuzz));
            }
        }
        String json = LambdaEvents.toJson(event);
        // the day is Andorra's, as the function reads it
        int year = event.getTime() == null ? LocalDate.now(ANDORRA).getYear()
                : event.getTime().withZone(DateTimeZone.forID("Europe/Andorra")).getYear();
        if (year >= 2000 && year < 2100) {
            String first = run(host, json, "first");
            String second = run(host, json, "second");
            if (!second.contains("recorded {}")) {
                AnswerRules.fail("the same event run again recorded more", json, first + "\nsecond: " + second);
            }
            Tally.count(function, first.contains("recorded {}") ? "recorded nothing" : "recorded", json, first);
        } else {
            Map<String, String> before = trails(host);
            String outcome;
            try {
                host.invoke(function, json);
                outcome = "absurd time: answered";
            } catch (RuntimeException e) {
                outcome = "absurd time: failed";
            }
            if (!trails(host).equals(before)) {
                AnswerRules.fail("a run for an absurd time changed a pension", json, before.toString());
            }
            Tally.count(function, outcome, json, outcome);
        }
    }

    private String run(FunctionHost host, String json, String which) {
        try {
            JsonNode line = JSON.readTree(host.invoke(function, json));
            if (!line.isTextual() || !line.asText().startsWith("proof of life ")) {
                AnswerRules.fail("no line saying what the run did (" + which + " run)", json, line.toString());
            }
            return line.asText();
        } catch (RuntimeException | java.io.IOException e) { // FunctionHost.FunctionFailed: Lambda would retry, then give up
            throw new AssertionError(function + " failed instead of answering (" + which + " run)\nevent:  " + json, e);
        }
    }

    private static Map<String, String> trails(FunctionHost host) {
        Map<String, String> trails = new LinkedHashMap<>();
        for (String pensioner : PENSIONERS) {
            trails.put(pensioner, host.invoke("ReadPensionAuditFunction", "{\"cassNumber\":\"" + pensioner + "\"}"));
        }
        return trails;
    }

    /** A day of 2020 to 2040 at the example's hour: any, or one the campaign rules make special. */
    private static DateTime plausible(Fuzz fuzz, DateTime example) {
        LocalTime at = example == null ? LocalTime.of(3, 0) : LocalTime.of(example.getHourOfDay(), example.getMinuteOfHour());
        int year = 2020 + fuzz.choose(21);
        LocalDate day;
        if (fuzz.choose(2) == 0) {
            day = LocalDate.of(year, 1, 1).plusDays(fuzz.choose(366));
        } else {
            int[] special = fuzz.pick(CAMPAIGN_DAYS);
            day = LocalDate.of(year, special[0], 1).plusDays(special[1] - 1L); // 29 February of a common year: 1 March
        }
        return new DateTime(day.atTime(at).atZone(java.time.ZoneOffset.UTC).toInstant().toEpochMilli(), DateTimeZone.UTC)
                .plusMinutes(fuzz.choose(3) == 0 ? fuzz.choose(24 * 60) : 0);
    }

    private static DateTime absurd(Fuzz fuzz) {
        return switch (fuzz.choose(5)) {
            case 0 -> new DateTime(0L, DateTimeZone.UTC);
            case 1 -> new DateTime(1, 1, 1, 0, 0, DateTimeZone.UTC);
            case 2 -> new DateTime(9999, 12, 31, 23, 59, DateTimeZone.UTC);
            case 3 -> new DateTime(fuzz.choose(2) == 0 ? 292_278_000 : -292_275_000, 6, 1, 0, 0, DateTimeZone.UTC);
            default -> new DateTime(2100 + fuzz.choose(100_000), 11, 1, 3, 0, DateTimeZone.UTC);
        };
    }

    private static Map<String, Object> detail(Fuzz fuzz) {
        if (fuzz.choose(3) == 0) {
            return null;
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        for (int i = fuzz.choose(3); i > 0; i--) {
            detail.put(fuzz.pick(fuzz.dictionary().fieldNames), fuzz.value());
        }
        return detail;
    }
}
