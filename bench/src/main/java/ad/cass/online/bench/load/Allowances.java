package ad.cass.online.bench.load;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the rules let the clients of one person do between them, shared so no client is refused for another's doing:
 * messages to CASS (CONTACT_MAX_PER_PERSON_PER_HOUR, 5, each try counted), and phone numbers, one per change.
 */
final class Allowances {
    /** template.yaml's CONTACT_MAX_PER_PERSON_PER_HOUR. */
    static final int CONTACTS_PER_PERSON = 5;

    private final Map<String, AtomicInteger> contacts = new ConcurrentHashMap<>();
    private final AtomicInteger phones = new AtomicInteger();

    /** Whether the person has sent no message yet. */
    boolean firstContact(String person) {
        return contacts.computeIfAbsent(person, p -> new AtomicInteger(CONTACTS_PER_PERSON)).get() == CONTACTS_PER_PERSON;
    }

    /** Takes {@code tries} of the person's messages this hour, if that many are left. */
    boolean takeContact(String person, int tries) {
        AtomicInteger left = contacts.computeIfAbsent(person, p -> new AtomicInteger(CONTACTS_PER_PERSON));
        return left.getAndUpdate(n -> n >= tries ? n - tries : n) >= tries;
    }

    /**
     * An Andorran fixed-line number in E.164, as the file keeps it, never given out twice, from 870000 up: no demo
     * person's number is there, so every change changes something.
     */
    String nextPhone() {
        int n = phones.getAndIncrement();
        if (n >= 30_000) {
            throw new IllegalStateException("more than 30,000 phone changes in one run");
        }
        return "+376" + (870_000 + n);
    }
}
