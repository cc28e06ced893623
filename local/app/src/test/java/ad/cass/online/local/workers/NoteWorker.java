package ad.cass.online.local.workers;

import ad.cass.online.aws.sqs.QueueFunction;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A queue consumer for the local runtime's tests: keeps what it was given; a note saying "fail" fails. */
public final class NoteWorker extends QueueFunction<NoteWorker.Note> {
    public record Note(String text) {
    }

    /** Every attempt, in order, across the instances the runtime builds. */
    public static final List<String> ATTEMPTS = new CopyOnWriteArrayList<>();

    public NoteWorker() {
        super(Note.class);
    }

    @Override
    protected void handle(Note note) {
        ATTEMPTS.add(note.text());
        if (note.text().equals("fail")) {
            throw new IllegalStateException("this note always fails");
        }
    }
}
