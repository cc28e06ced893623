package ad.cass.online.domain.access;

import ad.cass.online.domain.error.Forbidden;
import ad.cass.online.domain.error.NotFound;
import ad.cass.online.domain.error.Unauthenticated;
import ad.cass.online.domain.identity.Principal;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.person.PersonStore;
import ad.cass.online.domain.person.Profile;
import ad.cass.online.domain.person.ProfileType;
import ad.cass.online.domain.person.Profiles;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one question every data route asks before it reads or writes (seed 000 §1.1, seed 002): acting as the
 * session's active profile, whose data is this, and may this category of it be touched?
 * <ul>
 *   <li>The session's active profile is checked against the caller's household as it is now, in one read,
 *       on every request: a profile that is no longer theirs (a dependant link ended, a declarant role given
 *       up) falls back to the person's own, and the answer says so ({@link Acting#fellBack()}).</li>
 *   <li>A person a route names is reached only when they are the caller or a dependant in their charge now;
 *       a stranger, another person's dependant or a former dependant is {@link NotFound}, which tells nothing
 *       of whether that data exists.</li>
 *   <li>Own profile: all of one's own data; a declarant's affairs only through that declarant's profile.</li>
 *   <li>Dependant: their data, except what concerns professional activity ({@link Forbidden}, seed 000 §1.1).</li>
 *   <li>Declarant profile: that declarant's affairs, and the holder's own data unless the session came in
 *       with a CASS digital certificate, which acts only as its declarant (seed 002).</li>
 * </ul>
 */
public final class AccessGuard {
    static final String NOT_IN_YOUR_CHARGE = "Aquesta persona no és accessible des del vostre compte.";
    /** Told to the person when their chosen profile was no longer theirs. */
    public static final String FELL_BACK = "El perfil que teníeu triat ja no és accessible des del vostre compte. "
            + "Ara actueu en nom vostre.";
    static final String CHOOSE_THE_DECLARANT = "Trieu el perfil del declarant per consultar aquestes dades.";
    static final String DECLARANT_ONLY = "Amb el certificat digital de la CASS només podeu actuar com a declarant.";

    private final PersonStore people;
    private final AccessLog log;
    private final Clock clock;

    /**
     * @param log where every access let through is written down (issue 17); the request's route is the
     *            adapter's to add
     */
    public AccessGuard(PersonStore people, AccessLog log, Clock clock) {
        this.people = people;
        this.log = log;
        this.clock = clock;
    }

    /** A guard that only tells who is acting ({@link #acting}): reaching data through it is a bug. */
    public static AccessGuard actingOnly(PersonStore people) {
        return new AccessGuard(people, new AccessLog() {
            @Override
            public void record(AccessEntry entry) {
                throw new IllegalStateException("this guard only tells who is acting");
            }

            @Override
            public Page page(CassNumber subject, int limit, String cursor) {
                throw new IllegalStateException("this guard only tells who is acting");
            }
        }, Clock.systemUTC());
    }

    /** The profile a caller acts as right now, and whether it had to fall back to their own. */
    public record Acting(PersonStore.Household household, List<Profile> profiles, Profile profile, boolean fellBack) {
    }

    /** The session's active profile as the household stands now: the chosen one, or their own again. */
    public Acting acting(Principal caller) {
        // a session whose person was removed is no longer a valid identity
        PersonStore.Household household = people.household(caller.cassNumber()).orElseThrow(Unauthenticated::new);
        List<Profile> profiles = Profiles.availableTo(household.person(), household.dependants());
        Optional<Profile> chosen = Profiles.find(profiles, caller.profileId());
        if (chosen.isEmpty() && caller.declarantOnly()) {
            // a CASS digital certificate is its declarant and nothing else: with the role gone, it is no identity
            throw new Unauthenticated();
        }
        return chosen.map(p -> new Acting(household, profiles, p, false))
                .orElseGet(() -> new Acting(household, profiles, profiles.get(0), true)); // the first is their own
    }

    /** Whose data {@code category} means for this caller, as the session's active profile, or the refusal. */
    public Subject subject(Principal caller, DataCategory category) {
        return subject(caller, category, AccessEntry.Operation.READ);
    }

    /** {@link #subject(Principal, DataCategory)} for a write: the entry says so. */
    public Subject subject(Principal caller, DataCategory category, AccessEntry.Operation operation) {
        Acting acting = acting(caller);
        return logged(caller, acting, decide(caller, acting, acting.profile(), category), Set.of(category), operation);
    }

    /**
     * A subject with their file, as the guard read it: a page that shows the person needs no second read.
     *
     * @param dependants the people in the subject's charge now (none when the subject is a dependant)
     */
    public record Reached(Subject subject, Person person, List<Person> dependants) {
        public Reached {
            dependants = List.copyOf(dependants);
        }
    }

    /**
     * {@link #subject}, with the subject's file, for a page that also shows {@code alsoShown} wherever the
     * profile may read them ({@link Subject#mayRead}): the entry names every category the page showed.
     */
    public Reached reach(Principal caller, DataCategory category, DataCategory... alsoShown) {
        return reach(caller, AccessEntry.Operation.READ, category, alsoShown);
    }

    /** {@link #reach} for a write of {@code category}: the entry says so. */
    public Reached reachToWrite(Principal caller, DataCategory category) {
        return reach(caller, AccessEntry.Operation.WRITE, category);
    }

    private Reached reach(Principal caller, AccessEntry.Operation operation, DataCategory category, DataCategory... alsoShown) {
        Acting acting = acting(caller);
        Subject decided = decide(caller, acting, acting.profile(), category);
        Set<DataCategory> shown = new java.util.TreeSet<>(Set.of(category));
        for (DataCategory c : alsoShown) {
            if (decided.mayRead(c)) {
                shown.add(c);
            }
        }
        Subject subject = logged(caller, acting, decided, shown, operation);
        PersonStore.Household household = acting.household();
        if (household.person().cassNumber().equals(subject.person())) {
            return new Reached(subject, household.person(), household.dependants());
        }
        Person person = household.dependants().stream().filter(d -> d.cassNumber().equals(subject.person())).findFirst()
                .orElseThrow(() -> new NotFound(NOT_IN_YOUR_CHARGE));
        return new Reached(subject, person, List.of());
    }

    /**
     * For a route that names the person ({@code /dependants/{cassNumber}/…}): the caller themselves or a
     * dependant in their charge now, within what {@code category} allows; anyone else is {@link NotFound}.
     */
    public Subject subjectNamed(Principal caller, CassNumber named, DataCategory category) {
        Acting acting = acting(caller);
        Profile profile = acting.profiles().stream()
                .filter(p -> (p.type() == ProfileType.OWN || p.type() == ProfileType.DEPENDANT) && p.subject().equals(named))
                .findFirst().orElseThrow(() -> new NotFound(NOT_IN_YOUR_CHARGE));
        return logged(caller, acting, decide(caller, acting, profile, category), Set.of(category), AccessEntry.Operation.READ);
    }

    /** Every access let through is written down before the data is touched; a refusal touches nothing. */
    private Subject logged(Principal caller, Acting acting, Subject subject, Set<DataCategory> categories,
                           AccessEntry.Operation operation) {
        AccessEntry.Capacity capacity = caller.declarantOnly() || subject.profile().type() == ProfileType.SELF_EMPLOYED
                || subject.profile().type() == ProfileType.HOUSEHOLD_EMPLOYER || subject.profile().type() == ProfileType.COMPANY
                ? AccessEntry.Capacity.DECLARANT
                : subject.person().equals(caller.cassNumber()) ? AccessEntry.Capacity.SELF : AccessEntry.Capacity.HOLDER;
        log.record(new AccessEntry(subject.person(), acting.household().person().cassNumber(), capacity, categories, operation,
                clock.instant().truncatedTo(ChronoUnit.MILLIS))); // as precise as the log's keys
        return subject;
    }

    private static Subject decide(Principal caller, Acting acting, Profile active, DataCategory category) {
        Actor actor = Actor.of(acting.household().person(), acting.household().dependants());
        return switch (active.type()) {
            case OWN, DEPENDANT -> {
                if (caller.declarantOnly()) {
                    throw new Forbidden(DECLARANT_ONLY);
                }
                if (category == DataCategory.DECLARANT) {
                    throw new Forbidden(CHOOSE_THE_DECLARANT);
                }
                AccessPolicy.require(actor, active.subject(), category);
                yield new Subject(active.subject(), active, acting.fellBack());
            }
            case SELF_EMPLOYED, HOUSEHOLD_EMPLOYER, COMPANY -> {
                if (category == DataCategory.DECLARANT) {
                    AccessPolicy.requireDeclarant(actor, active.declarantNumber());
                } else if (caller.declarantOnly()) {
                    throw new Forbidden(DECLARANT_ONLY);
                }
                yield new Subject(active.subject(), active, acting.fellBack());
            }
        };
    }
}
