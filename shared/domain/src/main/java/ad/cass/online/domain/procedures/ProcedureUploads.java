package ad.cass.online.domain.procedures;

import ad.cass.online.domain.access.AccessEntry;
import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.access.DataCategory;
import ad.cass.online.domain.access.Subject;
import ad.cass.online.domain.documents.FileFormat;
import ad.cass.online.domain.documents.UploadStore;
import ad.cass.online.domain.error.Conflict;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.identity.Principal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents a person brings to a procedure that waits on them (seed 000 §2.1.2, documentació obligatòria and
 * opcional; issue 18): a presigned PUT straight to the bucket, at most {@code maxBytes} of PDF, JPEG or PNG; then,
 * once the file is there, its size and first bytes are checked (the content, not the name) and the document is
 * attached; when every mandatory document is there the procedure goes on to CASS. A file that fails the check is
 * removed and nothing refers to it; an upload never confirmed expires with the bucket's incoming/ rule.
 */
public final class ProcedureUploads {
    static final String BAD_TYPE = "El fitxer ha de ser PDF, JPEG o PNG (application/pdf, image/jpeg, image/png).";
    static final String BAD_SIZE = "El fitxer ha de tenir entre 1 byte i {0} MB.";
    static final String OUTPUT = "La documentació de sortida l'adjunta la CASS: no es pot pujar.";
    static final String ALREADY_THERE = "Aquest document ja és al tràmit.";
    static final String NOT_WAITING = "Aquest tràmit ja no espera documents vostres.";
    static final String NOTHING_ARRIVED = "No ha arribat cap fitxer per a aquest document: pugeu-lo amb l'enllaç abans de confirmar-ho.";
    static final String BAD_CONTENT = "El contingut del fitxer no és un PDF, un JPEG ni un PNG, o passa de {0} MB: s'ha descartat.";

    /** Where to PUT the file: the link takes exactly this content type and this many bytes, until {@code expiresAt}. */
    public record Slot(String document, URI link, String contentType, long size, Instant expiresAt) {
    }

    private final AccessGuard guard;
    private final ProcedureStore store;
    private final UploadStore uploads;
    private final long maxBytes;
    private final Duration validity;
    private final Clock clock;

    /**
     * @param maxBytes the largest file (issue 18: 10 MB; UPLOAD_MAX_BYTES)
     * @param validity how long an upload link works (UPLOAD_LINK_SECONDS)
     */
    public ProcedureUploads(AccessGuard guard, ProcedureStore store, UploadStore uploads, long maxBytes, Duration validity,
                            Clock clock) {
        this.guard = guard;
        this.store = store;
        this.uploads = uploads;
        this.maxBytes = maxBytes;
        this.validity = validity;
        this.clock = clock;
    }

    /** A link to upload document {@code id} of a procedure that waits on the person. */
    public Slot slot(Principal caller, String code, String id, String contentType, long size) {
        FileFormat format = FileFormat.named(contentType).orElseThrow(() -> new InvalidInput("contentType", BAD_TYPE));
        if (size <= 0 || size > maxBytes) {
            throw new InvalidInput("size", BAD_SIZE, maxBytes / (1024 * 1024));
        }
        Subject subject = guard.subject(caller, DataCategory.PROCEDURES, AccessEntry.Operation.WRITE);
        Procedure p = ProcedureService.procedure(store, subject, code);
        int index = ProcedureService.documentIndex(p, id);
        broughtByThePerson(p, index);
        URI link = uploads.uploadLink(incoming(p, index), format.contentType(), size, validity);
        return new Slot(id, link, format.contentType(), size, clock.instant().plus(validity).truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * The file for document {@code id} is there: checked by content, attached, and the procedure moved on when it was
     * the last mandatory one. Confirming again once attached answers the procedure as it is.
     */
    public Procedure uploaded(Principal caller, String code, String id) {
        Subject subject = guard.subject(caller, DataCategory.PROCEDURES, AccessEntry.Operation.WRITE);
        Procedure seen = ProcedureService.procedure(store, subject, code);
        int index = ProcedureService.documentIndex(seen, id);
        ProcedureDocument document = seen.documents().get(index);
        if (document.available() && document.role() != DocumentRole.OUTPUT) {
            return seen; // a retried confirmation
        }
        broughtByThePerson(seen, index);
        String incoming = incoming(seen, index);
        UploadStore.Arrived arrived = uploads.inspect(incoming, FileFormat.SIGNATURE_BYTES)
                .orElseThrow(() -> new Conflict(NOTHING_ARRIVED));
        FileFormat format = FileFormat.of(arrived.head()).filter(f -> arrived.size() > 0 && arrived.size() <= maxBytes)
                .orElse(null);
        if (format == null) {
            uploads.discard(incoming);
            throw new InvalidInput("file", BAD_CONTENT, maxBytes / (1024 * 1024));
        }
        String kept = "procedures/" + seen.subject().value() + "/" + seen.code() + "/" + (index + 1) + "." + format.extension();
        uploads.keep(incoming, kept, format.contentType());
        List<ProcedureDocument> documents = new ArrayList<>(seen.documents());
        documents.set(index, new ProcedureDocument(document.name(), document.role(), kept));
        Procedure attached = seen.changed(clock.instant().truncatedTo(ChronoUnit.MILLIS), seen.status(), documents, seen.fields());
        // the last mandatory document hands the procedure to CASS; an optional one leaves it waiting
        boolean last = !seen.mandatoryDocumentsPresent() && attached.mandatoryDocumentsPresent();
        Procedure after = last ? attached.changed(attached.modifiedAt(), ProcedureStatus.IN_PROGRESS, documents, seen.fields()) : attached;
        // one record per document: attaching it twice is the same change
        return ProcedureService.change(store, caller, subject, seen, after, "DOCUMENT", "document-" + (index + 1));
    }

    /** Only a document the person brings, not there yet, on a procedure that waits on them. */
    private static void broughtByThePerson(Procedure p, int index) {
        ProcedureDocument document = p.documents().get(index);
        if (document.role() == DocumentRole.OUTPUT) {
            throw new InvalidInput("document", OUTPUT);
        }
        if (document.available()) {
            throw new Conflict(ALREADY_THERE);
        }
        if (p.status() != ProcedureStatus.PENDING) {
            throw new Conflict(NOT_WAITING);
        }
    }

    /** Where an upload waits to be checked: under incoming/, which the bucket's lifecycle empties after a day. */
    static String incoming(Procedure p, int index) {
        return "incoming/" + p.subject().value() + "/" + p.code() + "/" + (index + 1);
    }
}
