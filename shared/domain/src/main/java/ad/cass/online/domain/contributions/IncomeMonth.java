package ad.cass.online.domain.contributions;

import ad.cass.online.domain.person.CassNumber;
import java.time.YearMonth;
import java.util.List;

/**
 * Income and contribution base declared for one month by one declarant (seed 000, §2.1.4): declarant,
 * period, scheme and gross total; the gross is the sum of the concept lines.
 */
public record IncomeMonth(CassNumber subject, YearMonth period, String declarantNumber, String declarantName,
                          Scheme scheme, List<IncomeConcept> concepts) {
    public IncomeMonth {
        concepts = List.copyOf(concepts);
    }

    public long grossCents() {
        return concepts.stream().mapToLong(IncomeConcept::amountCents).sum();
    }
}
