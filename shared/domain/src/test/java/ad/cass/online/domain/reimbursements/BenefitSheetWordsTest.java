package ad.cass.online.domain.reimbursements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ad.cass.online.domain.procedures.ProcedureStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a document says for a sheet's state, its payee and a procedure's state, in the seed's words; and CASS's rate. */
class BenefitSheetWordsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // seed 000 §2.1.3: "l'estat (finalitzat, en curs o nota enviada)"
            "FINISHED, Finalitzat", "IN_PROGRESS, En curs", "NOTE_SENT, Nota enviada"})
    void aSheetsState(ReimbursementStatus status, String words) {
        assertEquals(words, status.label());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // seed 000 §2.1.3: "si a la persona assegurada directa o al/a prestador/a"; seed 003 §4.1, tercer pagador
            "INSURED, Persona assegurada", "PROVIDER, Prestador (tercer pagador)"})
    void whomCassPaid(Payee payee, String words) {
        assertEquals(words, payee.label());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // seed 000 §2.1.2: pending on the person, in progress, finished, cancelled
            "PENDING, Pendent", "IN_PROGRESS, En curs", "FINISHED, Finalitzat", "CANCELLED, Cancel·lat"})
    void aProceduresState(ProcedureStatus status, String words) {
        assertEquals(words, status.label());
    }

    @ParameterizedTest(name = "{1} of {0} cents -> {2} tenths of a percent")
    @CsvSource({
            // seed 003 §4.1: the insured person pays their share, "25%, 10%, etc.": CASS 75 %, 90 %, up to 100 % (§4.2)
            "35000, 26250, 750",
            "10000, 9000, 900",
            "5200, 5200, 1000",
            "4233, 3704, 875",   // 875.03: rounded half up to the tenth
            "2000, 1, 1",        // 0.5 tenth: half up
            "0, 0, 0"})          // nothing paid: no rate
    void theRateIsTheQuotientOfTheTwoAmounts(long paid, long reimbursed, long tenths) {
        assertEquals(tenths, ReimbursedAct.rateTenthsOfPercent(paid, reimbursed));
    }
}
