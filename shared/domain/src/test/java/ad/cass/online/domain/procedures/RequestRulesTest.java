package ad.cass.online.domain.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ad.cass.online.domain.error.InvalidInput;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The requests of seeds 001 and 002 ("Sol·licitar"), checked before they are filed: each field for its kind, then the
 * type's rules. Today is 30/11/2026 in every row.
 */
class RequestRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final RequestRules RULES = new RequestRules(Set.of("ES", "FR", "PT"), 365);

    /** {@code country=FR;from=2026-12-20} as a map; empty text: no fields. */
    static Map<String, String> fields(String spec) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (spec != null) {
            for (String pair : spec.split(";")) {
                String[] kv = pair.split("=", 2);
                fields.put(kv[0], kv.length > 1 ? kv[1] : null);
            }
        }
        return fields;
    }

    @ParameterizedTest(name = "{0}: {1} born {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            // seed 001 §Sol·licitar, "El certificat d'estudiant menor de 25 anys": not yet 25 on the day of the request
            "seed 001 student under 25|school=Universitat d'Andorra;academicYear=2026-2027|2002-12-01|kept",
            "seed 001 student under 25, 25 today|school=UdA;academicYear=2026-2027|2001-11-30|type",
            "seed 001 student under 25, next year's course|school=UdA;academicYear=2027-2028|2005-01-01|kept",
            "seed 001 student under 25, last year's course|school=UdA;academicYear=2025-2026|2005-01-01|academicYear",
            "seed 001 student under 25, years not consecutive|school=UdA;academicYear=2026-2028|2005-01-01|academicYear",
            "seed 001 student under 25, no school|academicYear=2026-2027|2005-01-01|school",
            // seeds 001 and 002, "El certificat d'estudiant de 25 a 30 anys": 25 and 30 both included
            "seed 002 student 25 to 30, 25 today|school=UdA;academicYear=2026-2027|2001-11-30|kept",
            "seed 002 student 25 to 30, 30 and a day short of 31|school=UdA;academicYear=2026-2027|1995-12-01|kept",
            "seed 002 student 25 to 30, 31 today|school=UdA;academicYear=2026-2027|1995-11-30|type",
            "seed 002 student 25 to 30, 24|school=UdA;academicYear=2026-2027|2002-01-01|type",
            // seeds 001 and 002, "formulari de desplaçament ... als països de conveni"
            "seed 001 travel form|country=fr;from=2026-12-20;to=2027-01-06|1980-01-01|kept",
            "seed 001 travel form, starting today|country=ES;from=2026-11-30;to=2026-11-30|1980-01-01|kept",
            "seed 001 travel form, not a convention country|country=IT;from=2026-12-20;to=2027-01-06|1980-01-01|country",
            "seed 001 travel form, no such country|country=XX;from=2026-12-20;to=2027-01-06|1980-01-01|country",
            "seed 001 travel form, started yesterday|country=FR;from=2026-11-29;to=2027-01-06|1980-01-01|from",
            "seed 001 travel form, back before leaving|country=FR;from=2026-12-20;to=2026-12-19|1980-01-01|to",
            "seed 001 travel form, 365 days|country=PT;from=2026-12-01;to=2027-11-30|1980-01-01|kept",
            "seed 001 travel form, 366 days|country=PT;from=2026-12-01;to=2027-12-01|1980-01-01|to",
            "seed 001 travel form, not a date|country=PT;from=01/12/2026;to=2027-01-06|1980-01-01|from",
            "seed 001 travel form, a field it has not|country=PT;from=2026-12-01;to=2027-01-06;school=UdA|1980-01-01|school",
            // seeds 001 and 002, "El volant mèdic a l'estranger": any country but Andorra
            "seed 001 medical voucher|country=ES;provider=Hospital Sant Joan de Déu;appointment=2027-01-15|1980-01-01|kept",
            "seed 001 medical voucher, in Andorra|country=AD;provider=Hospital;appointment=2027-01-15|1980-01-01|country",
            "seed 001 medical voucher, no provider|country=ES;appointment=2027-01-15|1980-01-01|provider",
            // seeds 001 and 002, "La modificació de les seves dades personals": at least one datum
            "seed 001 personal data|familyName=Vidal Puig;maritalStatus=married|1980-01-01|kept",
            "seed 001 personal data, nothing|addressee=|1980-01-01|addressee",
            "seed 001 personal data, all emptied|familyName=|1980-01-01|fields",
            "seed 001 personal data, born tomorrow|birthDate=2026-12-01|1980-01-01|birthDate",
            "seed 001 personal data, Andorran nationality|nationality=ad|1980-01-01|kept",
            "seed 001 personal data, unknown marital status|maritalStatus=complicated|1980-01-01|maritalStatus",
            // seed 001, "El certificat de cobertura sanitària d'un assegurat": nothing required
            "seed 001 health coverage|addressee=Ambaixada de França|1980-01-01|kept",
            "seed 001 health coverage, bare|addressee=  |1980-01-01|kept",
    })
    void aRequestIsKeptOrRefusedNamingTheField(String row, String spec, LocalDate birthDate, String outcome) {
        ProcedureType type = row.contains("student under 25") ? ProcedureType.STUDENT_CERTIFICATE_UNDER_25
                : row.contains("student 25 to 30") ? ProcedureType.STUDENT_CERTIFICATE_25_TO_30
                : row.contains("travel") ? ProcedureType.TRAVEL_FORM
                : row.contains("voucher") ? ProcedureType.MEDICAL_VOUCHER_ABROAD
                : row.contains("personal data") ? ProcedureType.PERSONAL_DATA_CHANGE
                : ProcedureType.HEALTH_COVERAGE_CERTIFICATE;
        RequestForm form = RequestForm.of(type);
        if (outcome.equals("kept")) {
            Map<String, String> kept = RULES.check(form, fields(spec), birthDate, TODAY);
            fields(spec).forEach((name, value) -> {
                if (value != null && !value.isBlank()) {
                    String expected = form.field(name).orElseThrow().kind().name().contains("COUNTRY") ? value.trim().toUpperCase()
                            : value.trim();
                    assertEquals(expected, kept.get(name), name);
                }
            });
        } else {
            assertEquals(outcome.equals("type") || outcome.equals("fields") ? outcome : "fields." + outcome, assertThrows(InvalidInput.class, () -> RULES.check(form, fields(spec), birthDate, TODAY)).field(),
                    row);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // courses start in September: before, the current one began the year before
            "2026-11-30, 2026-2027",
            "2026-09-01, 2026-2027",
            "2026-08-31, 2025-2026",
            "2027-01-10, 2026-2027",
    })
    void theCurrentAcademicYearStartsInSeptember(LocalDate today, String current) {
        assertEquals(current, RequestRules.academicYear("academicYear", current, today));
        int first = Integer.parseInt(current.substring(0, 4));
        assertThrows(InvalidInput.class, () -> RequestRules.academicYear("academicYear", (first - 1) + "-" + first, today));
    }

    @ParameterizedTest(name = "{0} is not filed through the portal")
    @CsvSource({"PROOF_OF_LIFE", "DEPENDANT_REGISTRATION", "BANK_DETAILS_CHANGE", "INCOME_EXTRACT"})
    void onlyTheRequestsTheAccessPagesListAreFiled(ProcedureType type) {
        assertEquals("type", assertThrows(InvalidInput.class, () -> RequestForm.of(type)).field());
    }
}
