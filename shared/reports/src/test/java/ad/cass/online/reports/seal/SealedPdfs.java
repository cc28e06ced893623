package ad.cass.online.reports.seal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * A sealed PDF checked as a PDF reader checks it, against a public key the test knows: one signature, covering the
 * whole file but its own contents, PAdES baseline B's shape, and a CMS whose signature verifies. Public for the
 * extracts' tests.
 */
public final class SealedPdfs {
    private SealedPdfs() {
    }

    /** What was found in a sealed PDF whose signature verified with {@code sealCertificate}'s key. */
    public record Sealed(String signerName, String subFilter, java.util.Calendar signedAt, int revisions) {
    }

    /**
     * @throws AssertionError when the signature is missing, does not cover the file, lacks a baseline attribute or
     *                        does not verify (a changed byte)
     */
    public static Sealed verify(byte[] pdf, X509Certificate sealCertificate) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            check(signatures.size() == 1, "one signature, found " + signatures.size());
            PDSignature signature = signatures.get(0);
            int[] range = signature.getByteRange();
            check(range.length == 4 && range[0] == 0 && range[1] + 0L < range[2]
                    && (long) range[2] + range[3] == pdf.length, "the byte range covers the whole file: " + Arrays.toString(range));
            byte[] signedContent = signature.getSignedContent(pdf);
            // /Contents is the CMS zero-padded to the size reserved for it: read the one DER object at its start
            ContentInfo contentInfo;
            try (ASN1InputStream in = new ASN1InputStream(signature.getContents(pdf))) {
                contentInfo = ContentInfo.getInstance(in.readObject());
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), contentInfo);
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            AttributeTable attributes = signer.getSignedAttributes();
            check(attributes.get(CMSAttributes.signingTime) == null, "no signing-time attribute (PAdES baseline)");
            var certificateV2 = attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
            check(certificateV2 != null, "a signing-certificate-v2 attribute (PAdES baseline B)");
            byte[] hash = SigningCertificateV2.getInstance(certificateV2.getAttrValues().getObjectAt(0)).getCerts()[0].getCertHash();
            check(Arrays.equals(hash, MessageDigest.getInstance("SHA-256").digest(sealCertificate.getEncoded())),
                    "signing-certificate-v2 names the seal's certificate");
            check(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(sealCertificate)),
                    "the signature verifies with the seal's public key");
            return new Sealed(signature.getName(), signature.getSubFilter(), signature.getSignDate(), countEof(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CMSException e) {
            throw new AssertionError("the signature does not verify: " + e.getMessage(), e);
        } catch (OperatorCreationException | NoSuchAlgorithmException | java.security.cert.CertificateException e) {
            throw new IllegalStateException(e);
        }
    }

    /** %%EOF markers: the document as written, then one more for the incremental update that seals it. */
    private static int countEof(byte[] pdf) {
        String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        int count = 0;
        for (int at = text.indexOf("%%EOF"); at >= 0; at = text.indexOf("%%EOF", at + 1)) {
            count++;
        }
        return count;
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }
}
