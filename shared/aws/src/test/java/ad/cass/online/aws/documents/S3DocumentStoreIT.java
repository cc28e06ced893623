package ad.cass.online.aws.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.Env;
import ad.cass.online.aws.s3.S3Clients;
import ad.cass.online.testing.TestStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The S3 adapter against S3Proxy, with the clients built exactly as a function builds them. */
class S3DocumentStoreIT {

    @Test
    void storesReadsAndHandsOutAWorkingPresignedLink() throws Exception {
        TestStack stack = TestStack.create();
        String bucket = stack.name("DocumentsBucket");
        S3DocumentStore store = Env.with(stack.engines().environment(),
                () -> new S3DocumentStore(S3Clients.create(), S3Clients.presigner(), bucket));
        byte[] pdf = "%PDF-1.4 extracte".getBytes(StandardCharsets.UTF_8);
        store.put("generated/100001A/extracte.pdf", pdf, "application/pdf");
        assertArrayEquals(pdf, store.get("generated/100001A/extracte.pdf").orElseThrow());
        assertEquals(Optional.empty(), store.get("generated/none.pdf"));

        URI link = store.downloadLink("generated/100001A/extracte.pdf", "Extracte d'ingressos.pdf", Duration.ofMinutes(5));
        assertTrue(link.toString().startsWith(stack.engines().s3Endpoint().toString()), link.toString());
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(link).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertArrayEquals(pdf, download.body());
    }
}
