package ad.cass.online.domain.declarants;

import ad.cass.online.domain.access.AccessEntry;
import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.error.Conflict;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.domain.identity.Principal;
import ad.cass.online.domain.person.DeclarantKind;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Seed 002, "la declaració de la base de cotització del compte propi" (issue 22): the self-employed person chooses a
 * band of the year's reference salary, in force from a month not yet declared; the answer is what it costs a month.
 */
public final class OwnAccountBases {
    static final String ONLY_SELF_EMPLOYED = "Només un treballador per compte propi tria la base de cotització.";
    static final String BAD_YEAR = "Es pot triar la base de l'any en curs o del següent.";
    static final String BAD_BAND = "La base ha de ser un d'aquests percentatges del salari de referència: {0}.";
    static final String BAD_START = "La data d'efecte ha de ser el primer dia d'un mes de l'any triat, amb el format AAAA-MM-DD.";
    static final String DECLARED_MONTH = "El mes {0} ja està declarat: la base nova pot tenir efecte a partir del mes següent.";

    /** A choice made, with what its base costs a month. */
    public record Chosen(OwnAccountChoice choice, ContributionCalculator.Contribution monthly) {
    }

    private final AccessGuard guard;
    private final DeclarantStore store;
    private final ContributionParameters parameters;
    private final Clock clock;

    public OwnAccountBases(AccessGuard guard, DeclarantStore store, ContributionParameters parameters, Clock clock) {
        this.guard = guard;
        this.store = store;
        this.parameters = parameters;
        this.clock = clock;
    }

    /** @param effectiveFrom the first of a month of {@code year}, or null for the first month not declared yet */
    public Chosen choose(Principal caller, Integer year, BigDecimal bandPercent, String effectiveFrom) {
        DeclarantFile file = DeclarantService.fileOf(guard, store, caller, AccessEntry.Operation.WRITE);
        if (file.kind() != DeclarantKind.SELF_EMPLOYED) {
            throw new Conflict(ONLY_SELF_EMPLOYED);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = LocalDate.ofInstant(now, CatalanFormat.ANDORRA);
        if (year == null || year < today.getYear() || year > today.getYear() + 1) {
            throw new InvalidInput("year", BAD_YEAR);
        }
        ContributionSet set = parameters.at(LocalDate.of(year, 1, 1));
        int band = bandPercent == null ? -1 : set.bandsPercent().stream().map(b -> b.compareTo(bandPercent)).toList().indexOf(0);
        if (band < 0) {
            throw new InvalidInput("bandPercent", BAD_BAND,
                    set.bandsPercent().stream().map(b -> b.stripTrailingZeros().toPlainString() + " %").collect(Collectors.joining(", ")));
        }
        List<YearMonth> declared = store.sheets(file.number()).stream().map(ContributionSheet::period).toList();
        YearMonth from = effectiveFrom == null ? firstUndeclared(year, declared) : month(effectiveFrom, year);
        if (declared.contains(from)) {
            throw new Conflict(DECLARED_MONTH, DeclarantService.monthText(from));
        }
        long base = set.bandBasesCents().get(band);
        OwnAccountChoice choice = new OwnAccountChoice(file.number(), year, set.bandsPercent().get(band), base, from.atDay(1), now);
        store.chooseOwnAccountBase(choice);
        return new Chosen(choice, ContributionCalculator.ownAccount(base, set));
    }

    /** What the base in force costs a month. */
    public ContributionCalculator.Contribution monthly(OwnAccountChoice choice) {
        return ContributionCalculator.ownAccount(choice.baseCents(), parameters.at(choice.effectiveFrom()));
    }

    private static YearMonth firstUndeclared(int year, List<YearMonth> declared) {
        YearMonth m = YearMonth.of(year, 1);
        while (declared.contains(m) && m.getYear() == year) {
            m = m.plusMonths(1);
        }
        return m.getYear() == year ? m : YearMonth.of(year, 12);
    }

    private static YearMonth month(String written, int year) {
        try {
            LocalDate day = LocalDate.parse(written);
            if (day.getDayOfMonth() != 1 || day.getYear() != year) {
                throw new InvalidInput("effectiveFrom", BAD_START);
            }
            return YearMonth.from(day);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("effectiveFrom", BAD_START);
        }
    }
}
