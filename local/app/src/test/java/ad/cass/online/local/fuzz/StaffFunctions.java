package ad.cass.online.local.fuzz;

import ad.cass.online.domain.lifecertificates.IssuerType;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The five functions CASS's staff invoke directly, each with its members, its dictionary (values of the demo data,
 * what its success needs and the demo data lacks, asked for through the API: an issued document, a change waiting)
 * and the shape of its success (what the function's handler answers when it does the thing).
 */
final class StaffFunctions {
    private static final List<String> PEOPLE = List.of("100001A", "100004D", "100005E", "100006F", "100007G", "100013N",
            "999999Z", "000000A", "100005e", " 100005E");
    private static final List<String> DAYS = List.of("2026-11-24", "2026-12-01", "2026-09-20", "2026-05-10", "2025-01-01",
            "2024-02-29", "2026-02-29", "1900-01-01", "2099-12-31", "-999999999-01-01", "+999999999-12-31", "2026-12-1");

    private StaffFunctions() {
    }

    static final StaffFunction REVOKE_DOCUMENT = new StaffFunction("RevokeDocumentFunction", "extracts/revoke.json",
            List.of("code", "reason"), StaffFunctions::revokeWord,
            a -> a.path("status").asText().equals("REVOKED") && a.path("code").asText().matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}")
                    && a.path("type").isTextual() && instant(a.path("issuedAt")),
            StaffFunction.Again.SAME);

    static final StaffFunction RECORD_DECLARANT_PAYMENT = new StaffFunction("RecordDeclarantPaymentFunction",
            "declarants/record-payment.json", List.of("paymentId", "paidOn"), StaffFunctions::paymentWord,
            a -> a.path("status").asText().equals("PAID") && a.path("paymentId").isTextual() && a.path("reference").isTextual()
                    && a.path("amountCents").canConvertToLong() && a.path("amountCents").asLong() > 0 && day(a.path("paidOn")),
            StaffFunction.Again.SAME);

    static final StaffFunction CONFIRM_DECLARANT_CHANGE = new StaffFunction("ConfirmDeclarantChangeFunction",
            "declarants/confirm-change.json", List.of("declarantNumber", "procedureCode"), StaffFunctions::changeWord,
            a -> a.path("status").asText().equals("CONFIRMED") && a.path("declarantNumber").isTextual()
                    && a.has("email") && a.has("phone") && a.has("address") && a.has("iban")
                    && (a.get("iban").isNull() || a.get("iban").asText().contains("*")),
            StaffFunction.Again.USED_UP);

    static final StaffFunction RECORD_LIFE_CERTIFICATE = new StaffFunction("RecordLifeCertificateFunction",
            "lifecertificates/record-by-staff.json", List.of("cassNumber", "staffId", "reference", "issuerType", "issueDate",
                    "country", "file", "fileName", "contentType"), StaffFunctions::lifeCertificateWord,
            a -> List.of("RECORDED", "DUPLICATE").contains(a.path("status").asText()) && a.path("sha256").isTextual()
                    && a.path("issuerType").isTextual() && day(a.path("issueDate")) && a.path("country").isTextual()
                    && instant(a.path("receivedAt")) && a.path("countsFor").isArray() && a.path("pension").path("status").isTextual(),
            StaffFunction.Again.DUPLICATE);

    static final StaffFunction READ_PENSION_AUDIT = new StaffFunction("ReadPensionAuditFunction", "lifecertificates/audit.json",
            List.of("cassNumber"), (member, fuzz) -> fuzz.pick(PEOPLE),
            a -> a.path("cassNumber").isTextual() && a.path("pension").path("status").isTextual()
                    && a.path("decisions").isArray() && a.path("certificates").isArray(),
            StaffFunction.Again.SAME);

    private static String revokeWord(String member, Fuzz fuzz) {
        if (member.equals("reason")) {
            return fuzz.pick(List.of("Emès amb dades de cobertura errònies.", "", " ", "x", "\u0000"));
        }
        return switch (fuzz.choose(4)) {
            case 0 -> AskedExtracts.issuedCode("fuzz-revoke-" + fuzz.choose(3)); // a document issued: revoked once
            case 1 -> " " + AskedExtracts.issuedCode("fuzz-revoke-" + fuzz.choose(3)).toLowerCase(Locale.ROOT) + " ";
            case 2 -> fuzz.pick(List.of("A9W0-BNN0-PRZ1-DET1", "7KQ2-M9XD-4H1T-ZC8P", "AAAA-BBBB-CCCC-DDDD", "0000-0000-0000-0000"));
            default -> fuzz.pick(List.of("A9W0BNN0PRZ1DET1", "IIII-LLLL-OOOO-UUUU", "A9W0-BNN0-PRZ1-DET1-", "A9W0-BNN0-PRZ1"));
        };
    }

    private static String paymentWord(String member, Fuzz fuzz) {
        if (member.equals("paidOn")) {
            return fuzz.choose(3) == 0 ? LocalDate.now(ZoneId.of("Europe/Andorra")).plusDays(fuzz.choose(3) - 1).toString()
                    : fuzz.pick(DAYS);
        }
        return "PG-" + fuzz.pick(List.of("820451", "930118", "940220", "999999", "82045", ""))
                + "-" + fuzz.pick(List.of("2026-09", "2026-10", "2026-11", "2026-12", "2025-01", "2025-06", "2019-01", "2026-13",
                "0000-01", "+99999-01"));
    }

    private static String changeWord(String member, Fuzz fuzz) {
        if (member.equals("declarantNumber")) {
            return fuzz.pick(List.of("820451", "930118", "940220", "999999", "", "820451 "));
        }
        return fuzz.choose(2) == 0 ? AskedDeclarantChanges.waiting()
                : fuzz.pick(List.of("TA2026-000000", "TA2026-009114", "TA2026-006120", "TA2024-004410", "ta2026-000000"));
    }

    private static String lifeCertificateWord(String member, Fuzz fuzz) {
        return switch (member) {
            case "cassNumber" -> fuzz.pick(PEOPLE);
            case "staffId" -> fuzz.pick(List.of("ovac.agent.07", "cass-07", "ab", "a".repeat(41), "agent 07"));
            case "reference" -> fuzz.choose(2) == 0 ? "OVAC/2026/" + fuzz.choose(100)
                    : fuzz.pick(List.of("OVAC/2026/1187", "POST-2026-0001", "ab", "../..", "r".repeat(65)));
            case "issuerType" -> fuzz.pick(Arrays.stream(IssuerType.values()).map(Enum::name).toList());
            case "issueDate" -> fuzz.choose(3) == 0 ? LocalDate.now(ZoneId.of("Europe/Andorra")).minusDays(fuzz.choose(400) - 2).toString()
                    : fuzz.pick(DAYS);
            case "country" -> fuzz.pick(List.of("FR", "AD", "ES", "PT", "DE", "XX", "fr", "FRA", ""));
            case "file" -> fuzz.pick(List.of(Base64.getEncoder().encodeToString(pdf()), Base64.getMimeEncoder().encodeToString(pdf()),
                    "not base64!", "", Base64.getEncoder().encodeToString(new byte[1 + fuzz.choose(300_000)])));
            case "fileName" -> fuzz.pick(List.of("certificat.pdf", "scan.jpg", "x.exe", "../../a.pdf", ""));
            case "contentType" -> fuzz.pick(List.of("application/pdf", "image/jpeg", "image/png", "text/html", ""));
            default -> fuzz.value();
        };
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean instant(JsonNode value) {
        return textParsedBy(value, Instant::parse);
    }

    private static boolean day(JsonNode value) {
        return textParsedBy(value, LocalDate::parse);
    }

    private static boolean textParsedBy(JsonNode value, java.util.function.Function<String, ?> parse) {
        try {
            parse.apply(value.asText());
            return value.isTextual();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
