package ad.cass.online.bench.load;

import static ad.cass.online.bench.load.RecordsSnapshot.sk;
import static ad.cass.online.bench.load.RecordsSnapshot.str;

import ad.cass.online.aws.dynamodb.RecordsKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Nothing lost, nothing doubled: every write the API accepted is found in the store exactly once, in the state its last
 * accepted change left it, and the run left nothing else behind (an item no accepted or unanswered request explains
 * counts as doubled). Read from DynamoDB, S3 and the mail outbox, not through the API.
 */
final class WriteCheck {
    /** What was checked, and each write lost or doubled, said in a line. */
    record Verdict(int checked, List<String> lost, List<String> doubled) {
    }

    private final Ledger ledger;
    private final RecordsSnapshot before;
    private final RecordsSnapshot after;
    private final S3Client s3;
    private final String bucket;
    private final List<Map<String, String>> mails;
    private final List<String> lost = new ArrayList<>();
    private final List<String> doubled = new ArrayList<>();
    private int checked;

    WriteCheck(Ledger ledger, RecordsSnapshot before, RecordsSnapshot after, S3Client s3, String bucket, List<Map<String, String>> mails) {
        this.ledger = ledger;
        this.before = before;
        this.after = after;
        this.s3 = s3;
        this.bucket = bucket;
        this.mails = mails;
    }

    Verdict verdict() {
        for (String person : RecordsSnapshot.PEOPLE) {
            Set<String> unanswered = new HashSet<>(ledger.unconfirmedOf(person));
            procedures(person, unanswered);
            phones(person, unanswered);
            extracts(person, unanswered);
            contacts(person, unanswered);
        }
        return new Verdict(checked, List.copyOf(lost), List.copyOf(doubled));
    }

    // --- procedures, their changes and documents

    private void procedures(String person, Set<String> unanswered) {
        List<Ledger.Filed> filed = ledger.filed.stream().filter(f -> f.person().equals(person)).toList();
        sameKeySameThing(person, "procedure", filed, Ledger.Filed::key, Ledger.Filed::code);
        // two requests answered with one procedure: one of them was never filed
        filed.stream().collect(Collectors.groupingBy(Ledger.Filed::code, Collectors.mapping(Ledger.Filed::key, Collectors.toSet())))
                .forEach((code, keys) -> {
                    if (keys.size() > 1) {
                        lost.add(person + ": " + (keys.size() - 1) + " request(s) answered with procedure " + code + " of another key " + keys);
                    }
                });
        Set<String> demo = before.keys(person, RecordsKeys.PROCEDURE);
        Map<String, List<Map<String, AttributeValue>>> byCode = after.of(person, RecordsKeys.PROCEDURE).stream()
                .filter(i -> !demo.contains(sk(i))).collect(Collectors.groupingBy(i -> str(i, "code")));
        Map<String, Ledger.Filed> accepted = new LinkedHashMap<>();
        filed.forEach(f -> accepted.putIfAbsent(f.code(), f));
        for (Ledger.Filed f : accepted.values()) {
            checked++;
            List<Map<String, AttributeValue>> found = byCode.getOrDefault(f.code(), List.of());
            if (found.isEmpty()) {
                lost.add(person + ": procedure " + f.code() + " (key " + f.key() + ") answered 201, not in the store");
            } else if (found.size() > 1) {
                doubled.add(person + ": procedure " + f.code() + " stored " + found.size() + " times");
            } else if (!unanswered.contains(f.code())) {
                state(person, f, found.get(0));
            }
        }
        unexplained(person, "procedure", byCode.keySet(), accepted.keySet(), unanswered);
    }

    /** The procedure as its last accepted change left it: status, the provider written, documents, one record each. */
    private void state(String person, Ledger.Filed f, Map<String, AttributeValue> item) {
        List<Ledger.Acted> acts = ledger.acted.stream().filter(a -> a.person().equals(person) && a.code().equals(f.code())).toList();
        String status = acts.stream().anyMatch(a -> a.action().equals("CANCEL")) ? "CANCELLED"
                : acts.stream().anyMatch(a -> a.record().equals("document-1")) ? "IN_PROGRESS" : f.status();
        if (!status.equals(str(item, "status"))) {
            lost.add(person + ": procedure " + f.code() + " is " + str(item, "status") + ", its last accepted change left it " + status);
        }
        acts.stream().filter(a -> a.action().equals("MODIFY")).reduce((first, last) -> last).ifPresent(m -> {
            String provider = item.get("fields").m().get("provider").s();
            if (!m.provider().equals(provider)) {
                lost.add(person + ": procedure " + f.code() + " has provider '" + provider + "', the last PATCH wrote '" + m.provider() + "'");
            }
        });
        List<AttributeValue> documents = item.get("documents").l();
        for (Ledger.Acted a : acts.stream().filter(a -> a.action().equals("DOCUMENT")).toList()) {
            int n = Integer.parseInt(a.record().substring("document-".length()));
            AttributeValue key = documents.get(n - 1).m().get("key");
            if (key == null || !inBucket(key.s())) {
                lost.add(person + ": procedure " + f.code() + " document " + n + " confirmed, " + (key == null ? "not attached" : "not in S3"));
            }
        }
        Map<String, Long> records = after.of(person, RecordsKeys.PROCEDURE_ACTION + f.code() + "#").stream()
                .collect(Collectors.groupingBy(i -> sk(i).substring(sk(i).lastIndexOf('#') + 1), Collectors.counting()));
        Set<String> expected = acts.stream().map(Ledger.Acted::record).collect(Collectors.toSet());
        checked += acts.size();
        expected.stream().filter(r -> !records.containsKey(r))
                .forEach(r -> lost.add(person + ": procedure " + f.code() + " has no record of change " + r));
        records.keySet().stream().filter(r -> !expected.contains(r))
                .forEach(r -> doubled.add(person + ": procedure " + f.code() + " has a record of change " + r + " no accepted request made"));
    }

    private boolean inBucket(String key) {
        try {
            s3.headObject(r -> r.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    // --- contact changes

    private void phones(String person, Set<String> unanswered) {
        Set<String> demo = before.keys(person, RecordsKeys.FILE_CHANGE);
        Map<String, Long> written = after.of(person, RecordsKeys.FILE_CHANGE).stream().filter(i -> !demo.contains(sk(i)))
                .flatMap(i -> i.get("changes").l().stream().map(AttributeValue::m))
                .filter(c -> str(c, "field").equals("phone"))
                .collect(Collectors.groupingBy(c -> str(c, "after"), Collectors.counting()));
        Set<String> accepted = new HashSet<>();
        ledger.phones.stream().filter(p -> p.person().equals(person)).forEach(p -> {
            checked++;
            accepted.add(p.phone());
            long times = written.getOrDefault(p.phone(), 0L);
            if (times == 0) {
                lost.add(person + ": phone " + p.phone() + " answered 200, no audit entry");
            } else if (times > 1) {
                doubled.add(person + ": phone " + p.phone() + " written " + times + " times");
            }
        });
        unexplained(person, "phone change", written.keySet(), accepted, unanswered);
    }

    // --- documents asked for: stored once, generated, announced once

    private void extracts(String person, Set<String> unanswered) {
        List<Ledger.ExtractAsked> asked = ledger.extracts.stream().filter(e -> e.person().equals(person)).toList();
        sameKeySameThing(person, "extract", asked, Ledger.ExtractAsked::key, Ledger.ExtractAsked::id);
        Set<String> demo = before.keys(person, RecordsKeys.EXTRACT);
        Map<String, Map<String, AttributeValue>> stored = after.of(person, RecordsKeys.EXTRACT).stream()
                .filter(i -> !demo.contains(sk(i))).collect(Collectors.toMap(i -> str(i, "id"), i -> i));
        Map<String, Long> notices = after.of(person, RecordsKeys.NOTICE).stream()
                .collect(Collectors.groupingBy(i -> str(i, "id"), Collectors.counting()));
        Set<String> ids = asked.stream().map(Ledger.ExtractAsked::id).collect(Collectors.toCollection(LinkedHashSet::new));
        for (String id : ids) {
            checked++;
            Map<String, AttributeValue> item = stored.get(id);
            if (item == null) {
                lost.add(person + ": extract " + id + " answered 202, not in the store");
                continue;
            }
            if (!"READY".equals(str(item, "state"))) {
                lost.add(person + ": extract " + id + " is " + str(item, "state") + ", never generated" + (item.containsKey("failure")
                        ? " (" + str(item, "failure") + ")" : ""));
                continue;
            }
            long announced = notices.getOrDefault("AV-" + id, 0L);
            if (announced != 1) {
                (announced == 0 ? lost : doubled).add(person + ": extract " + id + " announced by " + announced + " notices");
            }
        }
        unexplained(person, "extract", stored.keySet(), ids, unanswered);
    }

    // --- messages to CASS: kept once, mailed once to the inbox and once to the person

    private void contacts(String person, Set<String> unanswered) {
        List<Ledger.ContactSent> sent = ledger.contacts.stream().filter(c -> c.author().equals(person)).toList();
        sameKeySameThing(person, "message", sent, Ledger.ContactSent::key, Ledger.ContactSent::reference);
        Set<String> demo = before.keys(person, RecordsKeys.CONTACT);
        Set<String> stored = after.of(person, RecordsKeys.CONTACT).stream().filter(i -> !demo.contains(sk(i)))
                .map(i -> sk(i).substring(RecordsKeys.CONTACT.length())).collect(Collectors.toSet());
        Set<String> references = sent.stream().map(Ledger.ContactSent::reference).collect(Collectors.toSet());
        for (String reference : references) {
            checked++;
            if (!stored.contains(reference)) {
                lost.add(person + ": message " + reference + " answered 202, not in the store");
            }
            long mailed = mails.stream().filter(m -> String.valueOf(m.get("subject")).contains(reference)).count();
            if (mailed != 2) {
                (mailed < 2 ? lost : doubled).add(person + ": message " + reference + " mailed " + mailed
                        + " times (once to CASS, once to the person expected)");
            }
        }
        unexplained(person, "message", stored, references, unanswered);
    }

    // --- shared

    /** One key, one thing: two answers to the same Idempotency-Key naming two things is a write done twice. */
    /** One Idempotency-Key answered with one thing: each accepted request's key and what it was answered with. */
    private <T> void sameKeySameThing(String person, String what, List<T> accepted, Function<T, String> key,
                                      Function<T, String> answeredWith) {
        accepted.stream().collect(Collectors.groupingBy(key, Collectors.mapping(answeredWith, Collectors.toSet()))).forEach((k, things) -> {
            if (things.size() > 1) {
                doubled.add(person + ": key " + k + " answered " + things.size() + " different " + what + "s " + things);
            }
        });
    }

    /** Whatever the run left that no accepted request made, and no unanswered one may have. */
    private void unexplained(String person, String what, Set<String> found, Set<String> accepted, Set<String> unanswered) {
        Predicate<String> explained = thing -> accepted.contains(thing) || unanswered.contains(thing);
        found.stream().filter(explained.negate()).sorted()
                .forEach(thing -> doubled.add(person + ": " + what + " " + thing + " in the store, no accepted request made it"));
    }

    static Map<String, Integer> counts(Ledger ledger) {
        Map<String, Integer> counts = new HashMap<>();
        counts.put("procedures filed", (int) ledger.filed.stream().map(Ledger.Filed::code).distinct().count());
        counts.put("procedure changes", ledger.acted.size());
        counts.put("phone changes", ledger.phones.size());
        counts.put("extracts", (int) ledger.extracts.stream().map(Ledger.ExtractAsked::id).distinct().count());
        counts.put("messages", (int) ledger.contacts.stream().map(Ledger.ContactSent::reference).distinct().count());
        return counts;
    }
}
