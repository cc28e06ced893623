package ad.cass.online.domain.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ad.cass.online.domain.procedures.ProcedureType;
import ad.cass.online.domain.reimbursements.BenefitKind;
import ad.cass.online.domain.settings.Language;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The enums the API names by code: found by it exactly, and listed in declaration order. */
class CodedTest {
    @Test
    void aCodeFindsItsConstantAndNothingElseDoes() {
        assertEquals(Optional.of(BenefitKind.PHARMACY), Coded.find(BenefitKind.class, "pharmacy"));
        assertEquals(Optional.of(ProcedureType.TRAVEL_FORM), Coded.find(ProcedureType.class, "travel-form"));
        assertEquals(Optional.empty(), Coded.find(BenefitKind.class, "PHARMACY"), "codes are matched exactly");
        assertEquals(Optional.empty(), Coded.find(Language.class, null));
    }

    @Test
    void theCodesAreListedAsARefusalNamesThem() {
        assertEquals("ca, es, fr, en", Coded.codes(Language.class));
        assertEquals("medical, pharmacy, hospital, dental, laboratory, physiotherapy, other", Coded.codes(BenefitKind.class));
    }
}
