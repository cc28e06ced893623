package ad.cass.online.aws.documents;

import ad.cass.online.aws.PassingFaults;
import ad.cass.online.aws.http.ContentDisposition;
import ad.cass.online.domain.documents.DocumentStore;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** The documents bucket: private, encrypted, read only through presigned GET links. */
public final class S3DocumentStore implements DocumentStore {
    private final Supplier<S3Client> s3;
    private final Supplier<S3Presigner> presigner;
    private final String bucket;

    public S3DocumentStore(S3Client s3, S3Presigner presigner, String bucket) {
        this(() -> s3, () -> presigner, bucket);
    }

    /** With clients built on first use (S3Clients.deferred): a function's routes that store nothing do not build them. */
    public S3DocumentStore(Supplier<S3Client> s3, Supplier<S3Presigner> presigner, String bucket) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
    }

    /**
     * Encrypted by the bucket's default (template.yaml, DocumentsBucket: SSE-S3), not by a header: S3Proxy's
     * filesystem store, which the local runtime runs, refuses the header (NotImplemented), found walking the README.
     */
    @Override
    public void put(String key, byte[] content, String contentType) {
        call(() -> s3.get().putObject(r -> r.bucket(bucket).key(key).contentType(contentType), RequestBody.fromBytes(content)));
    }

    @Override
    public Optional<byte[]> get(String key) {
        return call(() -> {
            try {
                return Optional.of(s3.get().getObjectAsBytes(r -> r.bucket(bucket).key(key)).asByteArray());
            } catch (NoSuchKeyException e) {
                return Optional.empty();
            }
        });
    }

    /** A passing S3 failure (SlowDown, 5xx, timeout) becomes the domain's Unavailable. */
    private static <T> T call(java.util.function.Supplier<T> call) {
        return PassingFaults.translated("S3", PassingFaults::isPassing, call);
    }

    @Override
    public URI downloadLink(String key, String fileName, Duration validity) {
        String disposition = ContentDisposition.attachment(fileName);
        return URI.create(presigner.get().presignGetObject(p -> p.signatureDuration(validity)
                .getObjectRequest(g -> g.bucket(bucket).key(key).responseContentDisposition(disposition)))
                .url().toString());
    }
}
