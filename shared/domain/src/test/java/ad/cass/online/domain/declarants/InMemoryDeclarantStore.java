package ad.cass.online.domain.declarants;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The in-memory twin of DynamoDeclarantStore: the same conditions, for the domain's tests. */
final class InMemoryDeclarantStore implements DeclarantStore {
    final Map<String, DeclarantFile> files = new HashMap<>();
    final Map<String, Map<YearMonth, ContributionSheet>> sheets = new HashMap<>();
    final Map<String, List<EmployeeRecord>> employees = new HashMap<>();
    final Map<String, List<OwnAccountChoice>> choices = new HashMap<>();

    @Override
    public synchronized Optional<DeclarantFile> file(String number) {
        return Optional.ofNullable(files.get(number));
    }

    @Override
    public synchronized List<ContributionSheet> sheets(String number) {
        return sheets.getOrDefault(number, Map.of()).values().stream()
                .sorted(Comparator.comparing(ContributionSheet::period).reversed()).toList();
    }

    @Override
    public synchronized Optional<ContributionSheet> declare(ContributionSheet sheet) {
        Map<YearMonth, ContributionSheet> mine = sheets.computeIfAbsent(sheet.declarantNumber(), n -> new TreeMap<>());
        return Optional.ofNullable(mine.putIfAbsent(sheet.period(), sheet));
    }

    @Override
    public synchronized ContributionSheet order(ContributionSheet sheet, ContributionSheet.Payment order) {
        Map<YearMonth, ContributionSheet> mine = sheets.get(sheet.declarantNumber());
        ContributionSheet now = mine.get(sheet.period());
        if (now.payment() != null) {
            return now;
        }
        ContributionSheet ordered = new ContributionSheet(now.declarantNumber(), now.period(), now.lines(), now.declaredAt(),
                now.dueDate(), now.requestKey(), order);
        mine.put(now.period(), ordered);
        return ordered;
    }

    @Override
    public synchronized List<EmployeeRecord> employees(String number) {
        return List.copyOf(employees.getOrDefault(number, List.of()));
    }

    @Override
    public synchronized List<OwnAccountChoice> ownAccountChoices(String number) {
        return List.copyOf(choices.getOrDefault(number, List.of()));
    }

    @Override
    public synchronized void chooseOwnAccountBase(OwnAccountChoice choice) {
        choices.computeIfAbsent(choice.declarantNumber(), n -> new ArrayList<>()).add(choice);
    }

    @Override
    public synchronized boolean markChangePending(String number, DeclarantFile.PendingChange change) {
        DeclarantFile f = files.get(number);
        if (f.pendingChange() != null && !f.pendingChange().procedureCode().equals(change.procedureCode())) {
            return false;
        }
        files.put(number, new DeclarantFile(f.number(), f.kind(), f.name(), f.holder(), f.address(), f.activity(), f.email(),
                f.phone(), f.iban(), f.registeredOn(), change));
        return true;
    }

    @Override
    public synchronized Optional<ContributionSheet> recordPaid(String number, YearMonth period, String reference, long amountCents,
                                                              java.time.LocalDate paidOn) {
        Map<YearMonth, ContributionSheet> mine = sheets.getOrDefault(number, Map.of());
        ContributionSheet now = mine.get(period);
        if (now == null || now.paymentState() == ContributionSheet.PaymentState.PAID) {
            return Optional.ofNullable(now);
        }
        ContributionSheet.Payment order = now.payment();
        ContributionSheet paid = new ContributionSheet(now.declarantNumber(), now.period(), now.lines(), now.declaredAt(), now.dueDate(),
                now.requestKey(), new ContributionSheet.Payment(reference, order != null ? order.orderedAt()
                : paidOn.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), amountCents, paidOn));
        mine.put(period, paid);
        return Optional.of(paid);
    }

    @Override
    public synchronized Optional<DeclarantFile> applyChange(String number, String procedureCode) {
        DeclarantFile f = files.get(number);
        if (f == null || f.pendingChange() == null || !f.pendingChange().procedureCode().equals(procedureCode)) {
            return Optional.empty();
        }
        Map<String, String> v = f.pendingChange().values();
        DeclarantFile applied = new DeclarantFile(f.number(), f.kind(), f.name(), f.holder(), v.getOrDefault("address", f.address()),
                f.activity(), v.getOrDefault("email", f.email()), v.getOrDefault("phone", f.phone()), v.getOrDefault("iban", f.iban()),
                f.registeredOn(), null);
        files.put(number, applied);
        return Optional.of(applied);
    }

    @Override
    public synchronized void save(DeclarantFile file, List<ContributionSheet> sheets, List<EmployeeRecord> employees,
                                  List<OwnAccountChoice> choices) {
        files.put(file.number(), file);
        sheets.forEach(this::declare);
        this.employees.put(file.number(), new ArrayList<>(employees));
        this.choices.put(file.number(), new ArrayList<>(choices));
    }
}
