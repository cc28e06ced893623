package ad.cass.online.reports.seal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.reports.Readback;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20: every PDF CASS issues is sealed (PAdES baseline B) and a changed byte breaks the seal. */
class PdfSealTest {
    private static final String PEM = TestSeals.pem("Caixa Andorrana de Seguretat Social");
    private static final SealKey KEY = SealKey.fromPem(PEM);
    private static final Instant SIGNED = Instant.parse("2026-11-30T18:05:00Z");

    @TempDir
    Path dir;

    @Test
    void aSealedDocumentVerifiesWithTheSealsPublicKeyAndKeepsWhatWasWritten() throws IOException {
        byte[] unsigned = Readback.pdf(ad.cass.online.reports.SamplesAccess.report(120));
        byte[] sealed = seal(unsigned);

        SealedPdfs.Sealed found = SealedPdfs.verify(sealed, KEY.certificate());
        assertEquals("ETSI.CAdES.detached", found.subFilter());
        assertEquals("Caixa Andorrana de Seguretat Social", found.signerName());
        assertEquals(SIGNED.toEpochMilli(), found.signedAt().getTimeInMillis());
        assertArrayEquals(unsigned, Arrays.copyOf(sealed, unsigned.length), "an incremental update: what OpenPDF wrote stays as it was");
        assertEquals(Readback.pages(unsigned), Readback.pages(sealed), "the pages read the same");
        assertEquals(2, found.revisions(), "the document as written, then the seal");
    }

    @Test
    void aChangedByteBreaksTheSeal() throws IOException {
        byte[] sealed = seal(Readback.pdf(ad.cass.online.reports.SamplesAccess.report(3)));
        String text = new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = text.indexOf("/Producer");
        assertTrue(at > 0, "the document names its producer");
        byte[] changed = sealed.clone();
        changed[at + 1] = (byte) 'p'; // /producer: one byte, inside the signed range

        AssertionError broken = assertThrows(AssertionError.class, () -> SealedPdfs.verify(changed, KEY.certificate()));
        assertTrue(broken.getMessage().contains("message-digest attribute value does not match"), broken.getMessage());
        SealedPdfs.verify(sealed, KEY.certificate()); // and the unchanged one still does
    }

    @Test
    void anotherSealsKeyDoesNotVerifyIt() throws IOException {
        byte[] sealed = seal(Readback.pdf(ad.cass.online.reports.SamplesAccess.report(3)));
        SealKey other = SealKey.fromPem(TestSeals.pem("Somebody Else"));

        AssertionError refused = assertThrows(AssertionError.class, () -> SealedPdfs.verify(sealed, other.certificate()));
        assertEquals("signing-certificate-v2 names the seal's certificate", refused.getMessage());
    }

    @Test
    void theSealsOwnCertificateComesFirstWhateverTheOrderOfThePem() {
        String pem = PEM;
        int firstCertificate = pem.indexOf("-----BEGIN CERTIFICATE-----");
        String certificatesFirst = pem.substring(firstCertificate) + pem.substring(0, firstCertificate);
        // the authority's certificate before the seal's
        String[] blocks = certificatesFirst.split("(?=-----BEGIN )");
        String reordered = blocks[1] + blocks[0] + blocks[2];

        SealKey key = SealKey.fromPem(reordered);

        assertEquals(KEY.certificate(), key.certificate());
        assertEquals(2, key.chain().size());
        assertEquals("SHA256withECDSA", key.signatureAlgorithm());
    }

    @Test
    void aSealWithoutItsKeyOrWithAnotherKeyIsRefusedAtStart() {
        String certificatesOnly = PEM.substring(PEM.indexOf("-----BEGIN CERTIFICATE-----"));
        String otherKey = TestSeals.pem("Other");
        String mismatched = otherKey.substring(0, otherKey.indexOf("-----BEGIN CERTIFICATE-----")) + certificatesOnly;

        assertThrows(IllegalArgumentException.class, () -> SealKey.fromPem(certificatesOnly));
        assertThrows(IllegalArgumentException.class, () -> SealKey.fromPem(mismatched));
        assertThrows(IllegalArgumentException.class, () -> SealKey.fromPem("not a PEM text"));
    }

    private byte[] seal(byte[] unsigned) throws IOException {
        Path file = Files.write(dir.resolve("unsigned.pdf"), unsigned);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfSeal(KEY, "Caixa Andorrana de Seguretat Social", "Andorra la Vella", "Document emès per la CASS").seal(file, out, SIGNED);
        return out.toByteArray();
    }
}
