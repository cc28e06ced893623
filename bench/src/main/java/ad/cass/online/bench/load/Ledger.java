package ad.cass.online.bench.load;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every write the API accepted during the run (a 2xx), with what must be found exactly once afterwards, and the writes
 * sent without an answer (a timeout, a broken connection, a 5xx): their effect may or may not be there, so it is
 * neither lost nor a phantom. Clients append from their own threads; the check reads once they have stopped.
 */
final class Ledger {
    /** A procedure filed ({@code POST /procedures}) for {@code person}, the subject, in the state it was answered. */
    record Filed(String person, String code, String status, String key, boolean sentTwice) {
    }

    /**
     * A change to a procedure that waits ({@code PATCH}, a document attached, a cancel): its record in the store is named
     * {@code record} (the key's digest, or {@code document-N}); {@code provider} is what a PATCH set.
     */
    record Acted(String person, String code, String action, String record, String provider) {
    }

    /** A contact change ({@code PATCH /personal-file}): a phone number no other write used. */
    record PhoneChanged(String person, String phone) {
    }

    record ExtractAsked(String person, String id, String key, boolean sentTwice) {
    }

    /** A message to CASS; {@code author} is the signed-in person, in whose partition it is kept. */
    record ContactSent(String author, String reference, String key, boolean sentTwice) {
    }

    /** A write that got no 2xx answer but may have taken effect: a procedure's code or an extract's id, or a phone. */
    record Unconfirmed(String person, String what) {
    }

    final ConcurrentLinkedQueue<Filed> filed = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Acted> acted = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<PhoneChanged> phones = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<ExtractAsked> extracts = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<ContactSent> contacts = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Unconfirmed> unconfirmed = new ConcurrentLinkedQueue<>();
    /** Writes sent twice at once with the same key. */
    final AtomicInteger pairs = new AtomicInteger();

    int accepted() {
        return filed.size() + acted.size() + phones.size() + extracts.size() + contacts.size();
    }


    List<String> unconfirmedOf(String person) {
        return unconfirmed.stream().filter(u -> u.person().equals(person)).map(Unconfirmed::what).toList();
    }
}
