package ad.cass.online.aws.documents;

import ad.cass.online.aws.PassingFaults;
import ad.cass.online.domain.documents.UploadStore;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Uploads to the documents bucket: a presigned PUT that signs the content type and the length, so S3
 * refuses any other file than the one announced; then a HEAD and a ranged GET of the first bytes to check it, and a
 * server-side copy to where it is kept.
 */
public final class S3UploadStore implements UploadStore {
    private final Supplier<S3Client> s3;
    private final Supplier<S3Presigner> presigner;
    private final String bucket;

    public S3UploadStore(S3Client s3, S3Presigner presigner, String bucket) {
        this(() -> s3, () -> presigner, bucket);
    }

    /** With clients built on first use (S3Clients.deferred): a function's routes that upload nothing do not build them. */
    public S3UploadStore(Supplier<S3Client> s3, Supplier<S3Presigner> presigner, String bucket) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
    }

    @Override
    public URI uploadLink(String key, String contentType, long size, Duration validity) {
        return URI.create(presigner.get().presignPutObject(p -> p.signatureDuration(validity)
                .putObjectRequest(r -> r.bucket(bucket).key(key).contentType(contentType).contentLength(size)))
                .url().toString());
    }

    @Override
    public Optional<Arrived> inspect(String key, int headBytes) {
        return call(() -> {
            try {
                HeadObjectResponse head = s3.get().headObject(r -> r.bucket(bucket).key(key));
                if (head.contentLength() == 0) {
                    return Optional.of(new Arrived(0, new byte[0]));
                }
                byte[] first = s3.get().getObjectAsBytes(r -> r.bucket(bucket).key(key).range("bytes=0-" + (headBytes - 1))).asByteArray();
                return Optional.of(new Arrived(head.contentLength(), first));
            } catch (NoSuchKeyException e) {
                return Optional.empty();
            } catch (S3Exception e) {
                if (e.statusCode() == 404) { // HEAD answers a bare 404, without the NoSuchKey code
                    return Optional.empty();
                }
                throw e;
            }
        });
    }

    /** The copy is encrypted by the bucket's default encryption (template.yaml), as the upload was. */
    @Override
    public void keep(String from, String to, String contentType) {
        call(() -> s3.get().copyObject(r -> r.sourceBucket(bucket).sourceKey(from).destinationBucket(bucket).destinationKey(to)
                .contentType(contentType).metadataDirective(MetadataDirective.REPLACE)));
        discard(from);
    }

    @Override
    public void discard(String key) {
        call(() -> s3.get().deleteObject(r -> r.bucket(bucket).key(key)));
    }

    /** A passing S3 failure (SlowDown, 5xx, timeout) becomes the domain's Unavailable. */
    private static <T> T call(java.util.function.Supplier<T> call) {
        return PassingFaults.translated("S3", PassingFaults::isPassing, call);
    }
}
