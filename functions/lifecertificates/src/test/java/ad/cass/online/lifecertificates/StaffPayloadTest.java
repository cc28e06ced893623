package ad.cass.online.lifecertificates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The staff's proof-of-life functions invoked without a payload (the Lambda runtime hands a null map) refuse it for the
 * CASS number it lacks instead of failing with a NullPointerException (issue 23's fuzzing, RecordLifeCertificateFuzzIT,
 * ReadPensionAuditFuzzIT). The number is checked before anything is read: no store here.
 */
class StaffPayloadTest {
    @Test
    void recordingWithoutAPayloadIsRefused() {
        var answer = new RecordLifeCertificateFunction((ad.cass.online.domain.lifecertificates.StaffRecordings) null).handleRequest(null, null);
        assertEquals("REFUSED", answer.get("status"), answer.toString());
        assertEquals("cassNumber", answer.get("field"));
    }

    @Test
    void readingAnAuditWithoutAPayloadIsRefused() {
        var answer = new ReadPensionAuditFunction((ad.cass.online.domain.lifecertificates.PensionAudit) null).handleRequest(null, null);
        assertEquals("REFUSED", answer.get("status"), answer.toString());
    }
}
