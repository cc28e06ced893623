package ad.cass.online.domain.signin;

import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.error.Unauthenticated;
import ad.cass.online.domain.identity.AuthMethod;
import ad.cass.online.domain.identity.SessionPolicy;
import ad.cass.online.domain.identity.SessionStore;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.person.Profile;
import ad.cass.online.domain.person.Profiles;
import ad.cass.online.domain.signin.LockoutStore.Attempt;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Login with CASS number and PIN (seed 000, §1.1; seed 001).
 * <ul>
 * <li>A wrong PIN, an unknown number and a locked account all end in the same {@link Unauthenticated},
 * after the same hashing work, so neither the answer nor its timing tells them apart.</li>
 * <li>Every guess first reserves an attempt atomically; after {@code maxAttempts} failures in a row the
 * PIN is locked (15 min, doubling on repeat) and a notice is posted for the person ({@link NoticeQueue}).</li>
 * </ul>
 */
public final class LoginService {
    private static final Logger LOG = LoggerFactory.getLogger(LoginService.class);

    /** Seed 002 calls it "la referència (número de contracte del certificat digital)"; its form is ours. */
    static final java.util.regex.Pattern CONTRACT_NUMBER = java.util.regex.Pattern.compile("[A-Z0-9][A-Z0-9-]{3,23}");

    private final CredentialStore credentials;
    private final ContractStore contracts;
    private final LockoutStore lockouts;
    private final SessionOpener opener;
    private final PinHasher hasher;
    private final NoticeQueue notices;
    private final LockoutPolicy lockout;
    private final Clock clock;

    /** @param credentials the people, their PIN hashes and languages (one read of the person's partition) */
    public LoginService(CredentialStore credentials, ContractStore contracts, LockoutStore lockouts,
                        SessionStore sessions, PinHasher hasher, NoticeQueue notices, SessionPolicy policy, LockoutPolicy lockout,
                        Clock clock) {
        this.credentials = credentials;
        this.contracts = contracts;
        this.lockouts = lockouts;
        this.opener = new SessionOpener(sessions, policy, clock);
        this.hasher = hasher;
        this.notices = notices;
        this.lockout = lockout;
        this.clock = clock;
    }

    static String pinSubject(CassNumber cassNumber) {
        return "PIN#" + cassNumber.value();
    }

    public LoginResult loginWithPin(CassNumber cassNumber, char[] pin) {
        if (pin == null || pin.length == 0) {
            throw new InvalidInput("pin", "Cal indicar el PIN.");
        }
        String subject = pinSubject(cassNumber);
        Optional<Account> account = credentials.account(cassNumber).filter(a -> a.pinHash() != null);
        Optional<Attempt> attempt = reserve(subject);
        if (attempt.isEmpty()) {
            hasher.burn(pin);
            throw new Unauthenticated();
        }
        if (account.isEmpty()) { // unknown or no PIN yet: counted and locked like a wrong PIN
            hasher.burn(pin);
            failed(subject, attempt.get());
            throw new Unauthenticated();
        }
        Person person = account.get().person();
        char[] normalized = Secrets.normalized(pin);
        boolean matches;
        try {
            matches = hasher.verify(normalized, account.get().pinHash());
        } finally {
            Secrets.wipe(normalized, pin);
        }
        if (!matches) {
            failed(subject, attempt.get());
            throw new Unauthenticated();
        }
        lockouts.clear(subject); // the reserved attempt counted; a success ends the run

        List<Profile> profiles = Profiles.availableTo(person, account.get().dependants());
        return opener.open(person, profiles, profiles.get(0).id(), AuthMethod.PIN, account.get().language());
    }

    /**
     * Seed 002, CASS digital certificate: contract number and password; the session acts only as that
     * declarant (an employer or a self-employed activity) and cannot switch to another profile.
     * Same lockout and same single answer as the PIN.
     */
    public LoginResult loginWithContract(String contractNumber, char[] password) {
        if (contractNumber == null || !CONTRACT_NUMBER.matcher(contractNumber).matches()) {
            throw new InvalidInput("contractNumber", "El número de contracte del certificat digital no és vàlid.");
        }
        if (password == null || password.length == 0) {
            throw new InvalidInput("password", "Cal indicar la contrasenya.");
        }
        String subject = "CONTRACT#" + contractNumber;
        Optional<Contract> contract = contracts.find(contractNumber);
        Optional<Attempt> attempt = reserve(subject);
        if (attempt.isEmpty()) {
            hasher.burn(password);
            throw new Unauthenticated();
        }
        if (contract.isEmpty()) {
            hasher.burn(password);
            failed(subject, attempt.get());
            throw new Unauthenticated();
        }
        char[] normalized = Secrets.normalized(password);
        boolean matches;
        try {
            matches = hasher.verify(normalized, contract.get().passwordHash());
        } finally {
            Secrets.wipe(normalized, password);
        }
        if (!matches) {
            failed(subject, attempt.get());
            throw new Unauthenticated();
        }
        lockouts.clear(subject);
        // the holder's account, not only their file: the session answers in their language
        Account holder = credentials.account(contract.get().holder()).orElseThrow(Unauthenticated::new);
        // the declarant must still be one of the holder's roles: a contract outlives nothing it names
        Profile declarant = Profiles.availableTo(holder.person(), List.of()).stream()
                .filter(p -> contract.get().declarantNumber().equals(p.declarantNumber()))
                .findFirst().orElseThrow(Unauthenticated::new);
        return opener.open(holder.person(), List.of(declarant), declarant.id(), AuthMethod.CASS_CERTIFICATE, holder.language());
    }

    /**
     * An attempt at {@code subject}, or nothing while it is locked. Issue 16, item 2: when the write that
     * locks failed after the last attempt was reserved (or the function died between the two), the counter
     * would refuse every guess, the right PIN included, until its 30-day TTL. It heals instead: once the lock
     * it should have had would have ended, a new run starts, counting that lock.
     */
    private Optional<Attempt> reserve(String subject) {
        Instant now = clock.instant();
        LockoutStore.Reservation reservation = lockouts.reserve(subject, now, lockout.maxAttempts());
        if (reservation.attempt() != null) {
            return Optional.of(reservation.attempt());
        }
        LockoutStore.Refusal seen = reservation.refusal();
        boolean lockOver = seen.lastAttemptAt() == null
                || !seen.lastAttemptAt().plus(lockout.lockFor(seen.lockCount())).isAfter(now);
        return seen.stuck(lockout.maxAttempts()) && lockOver ? lockouts.restart(subject, seen, now) : Optional.empty();
    }

    /**
     * After a wrong secret, or any secret for a credential that does not exist: the last allowed attempt
     * locks the credential, whether or not it exists, and posts the same notice either way (issue 16,
     * item 8), so neither the answer, nor the writes, nor their timing tell them apart. The notices
     * function finds out later whether there is anyone to write to.
     */
    private void failed(String subject, Attempt attempt) {
        if (attempt.number() < lockout.maxAttempts()) {
            return;
        }
        Instant until = clock.instant().plus(lockout.lockFor(attempt.previousLocks()));
        if (!lockouts.lock(subject, attempt, lockout.maxAttempts(), until)) {
            return;
        }
        boolean pin = subject.startsWith("PIN#");
        String credential = subject.substring(subject.indexOf('#') + 1);
        LOG.warn("{} ****{} locked until {} (lock number {})", pin ? "PIN" : "contract",
                credential.substring(Math.max(0, credential.length() - 3)), until, attempt.previousLocks() + 1);
        try {
            notices.post(pin ? Notice.pinLocked(CassNumber.of(credential), until) : Notice.contractLocked(credential, until));
        } catch (NoticeQueue.NotPosted e) {
            LOG.error("lock notice not posted: {}", e.getMessage());
        }
    }
}
