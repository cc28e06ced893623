package ad.cass.online.domain.lifecertificates;

import ad.cass.online.domain.documents.DocumentStore;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.error.NotFound;
import ad.cass.online.domain.lifecertificates.LifeCertificateScheduler.Letters;
import ad.cass.online.domain.lifecertificates.LifeCertificateService.Submitted;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.person.PersonStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * A proof of life CASS's staff took or received themselves (issue 21: "CASS_IN_PERSON and OVAC_VIDEO_CALL, recorded by
 * CASS staff, not by the pensioner"; seed 003 §3.2 "Altres opcions"; a paper certificate that came by post, with its
 * scan): the same rules, reinstatement and letters as the portal's ({@link CertificateIntake}), the staff member as
 * the actor. No access guard: staff are not a portal session, and who may record is IAM's to say (the function has
 * no route).
 */
public final class StaffRecordings {
    private final PersonStore people;
    private final CertificateIntake intake;

    public StaffRecordings(PersonStore people, LifeCertificateStore store, DocumentStore files, Letters letters,
                           LifeCertificateSettings settings, Clock clock) {
        this.people = people;
        this.intake = new CertificateIntake(store, files, letters, settings, clock);
    }

    /**
     * Records it for {@code pensioner}. Its identity is the staff's {@code reference} (the appointment's procedure code,
     * the post's registry number): the same reference recorded again, as a retried invocation does, answers what the
     * first time did and counts once.
     *
     * @param file the scan, or null for the in-person and video-call checks, which are the staff member's own word
     */
    public Submitted record(CassNumber pensioner, String staffId, String reference, Submission submission, byte[] file) {
        if (staffId == null || !staffId.matches("[A-Za-z0-9._-]{3,40}")) {
            throw new InvalidInput("staffId", "Cal indicar qui ho registra (3 a 40 lletres, xifres, punts o guions).");
        }
        if (reference == null || !reference.matches("[A-Za-z0-9._/-]{3,64}")) {
            throw new InvalidInput("reference", "Cal la referència del registre (3 a 64 lletres, xifres, punts, barres o guions).");
        }
        Person person = people.find(pensioner).orElseThrow(() -> new NotFound(LifeCertificateService.NOT_A_PENSIONER));
        String id = CertificateIntake.sha256(("STAFF\n" + pensioner.value() + "\n" + reference).getBytes(StandardCharsets.UTF_8));
        return intake.accept(person, submission, file, id, SubmittedBy.STAFF, "STAFF#" + staffId);
    }
}
