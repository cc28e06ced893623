package ad.cass.online.bench;

import ad.cass.online.aws.extracts.S3GeneratedFiles;
import ad.cass.online.domain.extracts.GeneratedFiles;
import ad.cass.online.local.engines.LocalEngines;
import ad.cass.online.local.engines.TestAuthority;
import ad.cass.online.reports.PdfReport;
import ad.cass.online.reports.XlsxReport;
import ad.cass.online.reports.seal.PdfSeal;
import ad.cass.online.reports.seal.SealKey;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code --into s3} (issue 20): the whole-life income extract as the generator writes it - the PDF written, sealed
 * (PAdES) and hashed, the XLSX hashed, each streamed into S3Proxy by {@link S3GeneratedFiles}' multipart upload and
 * deleted again - beside raw OpenPDF and POI writing the same rows to a local file.
 */
final class ExtractIntoS3 {
    static final String BUCKET = "bench-documents";

    private final S3GeneratedFiles files;
    private final PdfSeal seal;

    ExtractIntoS3(URI endpoint) {
        S3Client s3 = S3Client.builder().endpointOverride(endpoint).forcePathStyle(true).region(Region.of(LocalEngines.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(LocalEngines.ACCESS_KEY, LocalEngines.SECRET_KEY)))
                .httpClient(UrlConnectionHttpClient.create()).build();
        this.files = new S3GeneratedFiles(s3, BUCKET);
        TestAuthority authority = TestAuthority.create("Bench CA");
        Instant now = Instant.now();
        this.seal = new PdfSeal(SealKey.fromPem(authority.sealPem(authority.issueSeal("Caixa Andorrana de Seguretat Social",
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30))))), "Caixa Andorrana de Seguretat Social",
                "Andorra la Vella", "Document emès per la CASS");
    }

    /** An in-process S3Proxy on a free port, with the bucket, for the parent to hand its address to the children. */
    static S3Proxy start() throws Exception {
        S3Proxy proxy = S3Proxy.builder().blobStore(new TransientNio2BlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, LocalEngines.ACCESS_KEY, LocalEngines.SECRET_KEY)
                .metricsEnabled(false).build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(5);
        }
        try (S3Client s3 = S3Client.builder().endpointOverride(endpoint(proxy)).forcePathStyle(true)
                .region(Region.of(LocalEngines.REGION)).credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(LocalEngines.ACCESS_KEY, LocalEngines.SECRET_KEY)))
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            s3.createBucket(r -> r.bucket(BUCKET));
        }
        return proxy;
    }

    static URI endpoint(S3Proxy proxy) {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    /** The sealed PDF into the bucket; its size in bytes. */
    long pdf(int rows) {
        return upload("application/pdf", out -> seal.write(file -> PdfReport.write(IncomeRows.report(rows), file), out, Instant.now()));
    }

    long xlsx(int rows) {
        return upload("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                out -> XlsxReport.write(IncomeRows.report(rows), out));
    }

    private long upload(String contentType, java.util.function.Consumer<OutputStream> writer) {
        String key = "generated/bench/" + UUID.randomUUID();
        try (GeneratedFiles.Upload upload = files.open(key, contentType)) {
            Counted counted = new Counted(new DigestOutputStream(upload.stream(), MessageDigest.getInstance("SHA-256")));
            writer.accept(counted);
            upload.complete();
            files.delete(key); // the bucket stays empty: the next run measures the same upload
            return counted.count;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts what goes through, without closing the upload's stream (complete() does). */
    private static final class Counted extends FilterOutputStream {
        long count;

        Counted(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() {
            // left open
        }
    }
}
