package ad.cass.online.domain.extracts;

import ad.cass.online.domain.person.CassNumber;

/** What the queue carries to the generator: which request to fulfil, nothing else (no personal data in a message). */
public record ExtractJob(String subject, String id) {
    public static ExtractJob of(ExtractRequest request) {
        return new ExtractJob(request.subject().value(), request.id());
    }

    public CassNumber subjectNumber() {
        return CassNumber.of(subject);
    }
}
