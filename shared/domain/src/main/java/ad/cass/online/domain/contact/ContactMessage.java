package ad.cass.online.domain.contact;

import ad.cass.online.domain.person.CassNumber;
import java.time.Instant;

/**
 * A message to CASS, as kept: who wrote it, about whom (the profile they acted as), its reference, what it
 * says, and when it was handed to the mail service ({@code sentAt}, null until then).
 */
public record ContactMessage(CassNumber author, CassNumber about, String reference, ContactRequest request, Instant at,
                             Instant sentAt) {
    public ContactMessage sent(Instant when) {
        return new ContactMessage(author, about, reference, request, at, when);
    }
}
