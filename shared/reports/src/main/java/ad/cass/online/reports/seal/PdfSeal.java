package ad.cass.online.reports.seal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Hashtable;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Seals a PDF as CASS (issue 20): a PAdES baseline B-B signature (ETSI EN 319 142-1), so that a PDF reader shows who
 * issued the document and that not a byte of it changed since.
 * <ul>
 *   <li>An incremental update of the document as written: PDFBox appends the signature dictionary
 *       ({@code /SubFilter /ETSI.CAdES.detached}, the signing time in {@code /M}) and an invisible signature field; what
 *       OpenPDF wrote stays byte for byte, verification code and QR included.</li>
 *   <li>The CMS is detached, signed with SHA-256 and carries the seal's certificate chain and the
 *       {@code signing-certificate-v2} attribute that binds the signature to that certificate, which baseline B
 *       requires; and no {@code signing-time} attribute, which it forbids (the time is the dictionary's /M).</li>
 * </ul>
 * The unsigned document is read from a file: PDFBox reads what it needs of it, so a 300-page extract is not held in
 * memory, and the signed one is streamed out in one pass.
 */
public final class PdfSeal {
    private final SealKey key;
    private final String signerName;
    private final String location;
    private final String reason;

    /**
     * @param signerName what readers show as the signer ({@code Caixa Andorrana de Seguretat Social})
     * @param reason     why it is signed, in the document's language
     */
    public PdfSeal(SealKey key, String signerName, String location, String reason) {
        this.key = key;
        this.signerName = signerName;
        this.location = location;
        this.reason = reason;
    }

    public SealKey key() {
        return key;
    }

    /**
     * Has {@code writer} write the document into a temporary file, then writes it sealed at {@code signedAt} to
     * {@code out} (left open): what goes out is the sealed document, whole, and a 300-page one is never held in memory.
     * The file is removed whatever happens.
     */
    public void write(Consumer<OutputStream> writer, OutputStream out, Instant signedAt) {
        Path unsigned = null;
        try {
            unsigned = Files.createTempFile("cass-unsealed-", ".pdf");
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(unsigned))) {
                writer.accept(file);
            }
            seal(unsigned, out, signedAt);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (unsigned != null) {
                try {
                    Files.deleteIfExists(unsigned);
                } catch (IOException e) {
                    unsigned.toFile().deleteOnExit(); // /tmp is the container's own and goes with it
                }
            }
        }
    }

    /** Writes {@code unsigned}, sealed at {@code signedAt}, to {@code out} (left open). */
    public void seal(Path unsigned, OutputStream out, Instant signedAt) {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(unsigned.toFile()))) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(signerName);
            signature.setLocation(location);
            signature.setReason(reason);
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(signedAt.toEpochMilli());
            signature.setSignDate(when);
            document.addSignature(signature);
            ExternalSigningSupport signing = document.saveIncrementalForExternalSigning(out);
            try (InputStream signedBytes = signing.getContent()) {
                signing.setSignature(cms(signedBytes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF cannot be sealed", e);
        }
    }

    /** The detached CMS over the byte ranges PDFBox hands over. */
    private byte[] cms(InputStream content) throws IOException {
        try {
            X509Certificate certificate = key.certificate();
            SignerInfoGenerator signer = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new BaselineAttributes(signingCertificateV2(certificate)))
                    .build(new JcaContentSignerBuilder(key.signatureAlgorithm()).build(key.privateKey()), certificate);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signer);
            generator.addCertificates(new JcaCertStore(key.chain()));
            return generator.generate(new Streamed(content), false).getEncoded("DER");
        } catch (OperatorCreationException | CertificateEncodingException | CMSException e) {
            throw new IllegalStateException("the seal cannot sign", e);
        }
    }

    /** ESS signing-certificate-v2 (RFC 5035): the SHA-256 of the seal's certificate, with its issuer and serial. */
    private static AttributeTable signingCertificateV2(X509Certificate certificate) throws CertificateEncodingException {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(
                    X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))), certificate.getSerialNumber());
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {new ESSCertIDv2(hash, issuerSerial)}))));
            return new AttributeTable(attributes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** BouncyCastle's signed attributes less signing-time, which PAdES baseline signatures must not carry. */
    private static final class BaselineAttributes extends DefaultSignedAttributeTableGenerator {
        BaselineAttributes(AttributeTable attributes) {
            super(attributes);
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        protected Hashtable createStandardAttributeTable(Map parameters) {
            Hashtable table = super.createStandardAttributeTable(parameters);
            table.remove(CMSAttributes.signingTime);
            return table;
        }
    }

    /** The signed bytes as CMS content, streamed into the digest rather than copied into an array. */
    private record Streamed(InputStream content) implements CMSTypedData {
        @Override
        public ASN1ObjectIdentifier getContentType() {
            return CMSObjectIdentifiers.data;
        }

        @Override
        public void write(OutputStream out) throws IOException {
            content.transferTo(out);
        }

        @Override
        public Object getContent() {
            return content;
        }
    }
}
