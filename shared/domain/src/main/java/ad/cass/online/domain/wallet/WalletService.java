package ad.cass.online.domain.wallet;

import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.access.DataCategory;
import ad.cass.online.domain.access.Subject;
import ad.cass.online.domain.identity.Principal;
import ad.cass.online.domain.person.Coverage;
import ad.cass.online.domain.person.CoverageStore;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.person.PersonStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The digital wallet's health card (seed 000 §2.2.5; issue 20): the acting profile's person's card, signed by CASS's
 * seal. Health data, so a holder gets a dependant's card through the dependant's profile, as the CASS card of a child
 * is the parent's to show; a card says truthfully that its holder is not covered when that is so.
 */
public final class WalletService {
    private final AccessGuard guard;
    private final PersonStore people;
    private final CoverageStore coverage;
    private final CardSigner signer;
    private final Duration validity;
    private final Clock clock;

    /** @param validity how long a card may be shown before the wallet refreshes it: coverage can change meanwhile */
    public WalletService(AccessGuard guard, PersonStore people, CoverageStore coverage, CardSigner signer, Duration validity,
                         Clock clock) {
        this.guard = guard;
        this.people = people;
        this.coverage = coverage;
        this.signer = signer;
        this.validity = validity;
        this.clock = clock;
    }

    /** A card issued now, and the credential that carries it. */
    public record IssuedCard(HealthCard card, String format, String credential) {
    }

    public IssuedCard healthCard(Principal caller) {
        Subject subject = guard.subject(caller, DataCategory.HEALTH);
        Person person = people.find(subject.person()).orElseThrow(() -> new IllegalStateException("no person " + subject.person()));
        Optional<Coverage> covered = coverage.coverage(subject.person());
        Instant now = clock.instant();
        HealthCard card = new HealthCard(person.cassNumber(), person.givenName(), person.familyName(), person.birthDate(),
                covered.map(Coverage::status).orElse(Coverage.Status.NOT_COVERED), covered.map(Coverage::since).orElse(null),
                now, now.plus(validity));
        return new IssuedCard(card, signer.format(), signer.sign(card));
    }

    /** What checks the cards: public, for any wallet or verifier. */
    public String publicKeys() {
        return signer.publicKeys();
    }
}
