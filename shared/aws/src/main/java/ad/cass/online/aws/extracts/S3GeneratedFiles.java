package ad.cass.online.aws.extracts;

import ad.cass.online.aws.PassingFaults;
import ad.cass.online.domain.extracts.GeneratedFiles;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * Generated documents written into the documents bucket as they are produced (issue 20): parts of
 * {@value #PART_BYTES} bytes go up as a multipart upload while the rest is still being written, so a large document
 * never sits whole in memory; one that stays under a part is a single PutObject. Nothing is visible before
 * {@link Upload#complete}: a multipart upload that is not completed is aborted on close (and the bucket's lifecycle
 * aborts any left by a crash after a day), so a failed generation leaves no object behind. Encrypted at rest by the
 * bucket's default encryption (template.yaml, DocumentsBucket), not by a header on each call: S3Proxy's filesystem
 * store, which the local runtime runs, refuses that header (as for the uploads' copy, issue 18).
 */
public final class S3GeneratedFiles implements GeneratedFiles {
    /** S3's smallest part but the last: 5 MiB. */
    static final int PART_BYTES = 5 * 1024 * 1024;

    private final S3Client s3;
    private final String bucket;

    public S3GeneratedFiles(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public Upload open(String key, String contentType) {
        return new PartedUpload(key, contentType);
    }

    @Override
    public void delete(String key) {
        call(() -> s3.deleteObject(r -> r.bucket(bucket).key(key)));
    }

    private static <T> T call(Supplier<T> call) {
        return PassingFaults.translated("S3", PassingFaults::isPassing, call);
    }

    private final class PartedUpload extends OutputStream implements Upload {
        private final String key;
        private final String contentType;
        private final List<CompletedPart> parts = new ArrayList<>();
        private ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
        private String uploadId;
        private boolean completed;

        PartedUpload(String key, String contentType) {
            this.key = key;
            this.contentType = contentType;
        }

        @Override
        public OutputStream stream() {
            return this;
        }

        @Override
        public void write(int b) {
            buffer.write(b);
            sendFullPart();
        }

        @Override
        public void write(byte[] b, int off, int len) {
            buffer.write(b, off, len);
            sendFullPart();
        }

        private void sendFullPart() {
            if (buffer.size() >= PART_BYTES) {
                if (uploadId == null) {
                    uploadId = call(() -> s3.createMultipartUpload(r -> r.bucket(bucket).key(key).contentType(contentType))
                            .uploadId());
                }
                sendPart();
            }
        }

        private void sendPart() {
            byte[] part = buffer.toByteArray();
            buffer = new ByteArrayOutputStream(64 * 1024);
            int number = parts.size() + 1;
            String etag = call(() -> s3.uploadPart(r -> r.bucket(bucket).key(key).uploadId(uploadId).partNumber(number),
                    RequestBody.fromBytes(part)).eTag());
            parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
        }

        @Override
        public void complete() {
            if (uploadId == null) {
                byte[] whole = buffer.toByteArray();
                call(() -> s3.putObject(r -> r.bucket(bucket).key(key).contentType(contentType), RequestBody.fromBytes(whole)));
            } else {
                if (buffer.size() > 0) {
                    sendPart();
                }
                call(() -> s3.completeMultipartUpload(r -> r.bucket(bucket).key(key).uploadId(uploadId)
                        .multipartUpload(m -> m.parts(parts))));
            }
            completed = true;
        }

        /** Not completed: the parts sent so far are discarded (best effort: the lifecycle rule is the backstop). */
        @Override
        public void close() {
            if (!completed && uploadId != null) {
                try {
                    s3.abortMultipartUpload(r -> r.bucket(bucket).key(key).uploadId(uploadId));
                } catch (RuntimeException e) {
                    // S3 is what failed: AbortIncompleteUploads removes the parts within a day
                }
            }
            buffer = new ByteArrayOutputStream(0);
        }
    }
}
