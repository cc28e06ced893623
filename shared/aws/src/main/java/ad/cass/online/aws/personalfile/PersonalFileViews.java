package ad.cass.online.aws.personalfile;

import ad.cass.online.aws.person.ProfileView;
import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.contributions.EmploymentPeriod;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.personalfile.BankAccount;
import ad.cass.online.domain.personalfile.BankChangeRequest;
import ad.cass.online.domain.personalfile.FieldChange;
import ad.cass.online.domain.personalfile.FileAuditEntry;
import ad.cass.online.domain.personalfile.Ibans;
import ad.cass.online.domain.personalfile.PersonalFile;
import ad.cass.online.domain.personalfile.PersonalFileStore;
import ad.cass.online.domain.personalfile.PostalAddress;
import java.util.List;
import java.util.Objects;

/**
 * The personal file as JSON (openapi.yaml, PersonalFile and PersonalFileHistory). IBANs only ever masked; a
 * part withheld from the profile (a dependant's employment history) is absent and named in {@code withheld}.
 */
public final class PersonalFileViews {
    private PersonalFileViews() {
    }

    public record FileView(ProfileView profile, String notice, PersonalView personal, ContactView contact,
                           List<DependantView> dependants, BankView bank, PendingBankView pendingBankChange,
                           List<EmploymentView> employment, List<String> withheld) {
        public static FileView of(PersonalFile f) {
            Person p = f.person();
            return new FileView(ProfileView.of(f.subject().profile()), f.subject().fellBack() ? AccessGuard.FELL_BACK : null,
                    new PersonalView(p.cassNumber().value(), p.givenName(), p.familyName(), p.birthDate().toString(),
                            p.type().name(), p.relation() == null ? null : p.relation().name(),
                            p.holderNumber().map(CassNumber::value).orElse(null), p.residenceCountry()),
                    new ContactView(f.contact().email(), f.contact().phone(), AddressView.of(f.contact().address())),
                    f.dependants().stream().map(DependantView::of).toList(),
                    BankView.of(f.bank()), PendingBankView.of(f.pendingBank()),
                    f.employment() == null ? null : f.employment().stream().map(EmploymentView::of).toList(),
                    f.employment() == null ? List.of("employment") : List.of());
        }
    }

    public record PersonalView(String cassNumber, String givenName, String familyName, String birthDate, String insuredType,
                               String relation, String holder, String residenceCountry) {
    }

    public record ContactView(String email, String phone, AddressView address) {
    }

    public record AddressView(String street, String postcode, String town, String country) {
        static AddressView of(PostalAddress a) {
            return a == null ? null : new AddressView(a.street(), a.postcode(), a.town(), a.country());
        }
    }

    public record DependantView(String cassNumber, String givenName, String familyName, String birthDate, String relation) {
        static DependantView of(Person d) {
            return new DependantView(d.cassNumber().value(), d.givenName(), d.familyName(), d.birthDate().toString(),
                    Objects.toString(d.relation(), null));
        }
    }

    public record BankView(String iban, String since) {
        static BankView of(BankAccount b) {
            return b == null ? null : new BankView(b.masked(), b.since() == null ? null : b.since().toString());
        }
    }

    public record PendingBankView(String procedureCode, String iban, String requestedAt) {
        static PendingBankView of(BankChangeRequest r) {
            return r == null ? null : new PendingBankView(r.procedureCode(),
                    Ibans.mask(r.iban()), r.requestedAt().toString());
        }
    }

    public record EmploymentView(String declarantNumber, String declarantName, String scheme, String from, String to) {
        static EmploymentView of(EmploymentPeriod p) {
            return new EmploymentView(p.declarantNumber(), p.declarantName(), p.scheme().name(), p.from().toString(),
                    p.to() == null ? null : p.to().toString());
        }
    }

    public record HistoryView(List<ChangeEntryView> entries, String next) {
        public static HistoryView of(PersonalFileStore.History h) {
            return new HistoryView(h.entries().stream().map(ChangeEntryView::of).toList(), h.next());
        }
    }

    /** @param actor the CASS number of who made the change: the person, or their holder acting for them */
    public record ChangeEntryView(String id, String at, String actor, String capacity, List<FieldView> changes,
                                  String procedureCode) {
        static ChangeEntryView of(FileAuditEntry e) {
            return new ChangeEntryView(e.id(), e.at().toString(), e.actor().value(), e.capacity().name(),
                    e.changes().stream().map(FieldView::of).toList(), e.procedureCode());
        }
    }

    public record FieldView(String field, String before, String after) {
        static FieldView of(FieldChange c) {
            return new FieldView(c.field(), c.before(), c.after());
        }
    }
}
