package ad.cass.online.extracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.reports.seal.SealKey;
import ad.cass.online.reports.seal.SealedPdfs;
import ad.cass.online.reports.wallet.WalletCredentials;
import ad.cass.online.testing.TestStack;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar Lambda runs, not the tests' classpath. Once, BouncyCastle's provider reached the tests only through a
 * test-scoped path, which won over the compile one: every test passed and the deployed function could neither seal
 * a PDF nor sign a card (ClassNotFoundException). Loaded alone, beside nothing but the JDK, the jar does both here.
 */
class DeployableJarIT {
    static final Path JAR = Path.of("target/extracts.jar");

    @Test
    void theShadedJarAloneSealsAPdfAndSignsAHealthCard(@TempDir Path work) throws Exception {
        String pem = TestStack.AUTHORITY.sealPem(TestStack.SEAL);
        Path unsigned = work.resolve("unsigned.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(unsigned.toFile());
        }
        assertTrue(Files.isRegularFile(JAR), "mvn package builds " + JAR);

        try (URLClassLoader alone = new URLClassLoader(new URL[] {JAR.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            Class<?> keyClass = alone.loadClass("ad.cass.online.reports.seal.SealKey");
            Object key = keyClass.getMethod("fromPem", String.class).invoke(null, pem);

            Class<?> sealClass = alone.loadClass("ad.cass.online.reports.seal.PdfSeal");
            Object seal = sealClass.getConstructor(keyClass, String.class, String.class, String.class)
                    .newInstance(key, "Caixa Andorrana de Seguretat Social", "Andorra la Vella", "DeployableJarIT");
            ByteArrayOutputStream sealed = new ByteArrayOutputStream();
            sealClass.getMethod("seal", Path.class, OutputStream.class, Instant.class).invoke(seal, unsigned, sealed, Instant.now());
            assertEquals("Caixa Andorrana de Seguretat Social",
                    SealedPdfs.verify(sealed.toByteArray(), SealKey.fromPem(pem).certificate()).signerName());

            Class<?> signerClass = alone.loadClass("ad.cass.online.reports.wallet.SdJwtCardSigner");
            Object signer = signerClass.getConstructor(keyClass, String.class, String.class)
                    .newInstance(key, "https://online.cass.ad", "https://online.cass.ad/credentials/health-card");
            String credential = (String) signerClass.getMethod("sign", alone.loadClass("ad.cass.online.domain.wallet.HealthCard"))
                    .invoke(signer, card(alone));
            String jwks = (String) signerClass.getMethod("publicKeys").invoke(signer);
            assertEquals("100001A", WalletCredentials.check(credential, jwks).disclosed().get("cass_number"));
        }
    }

    /** Jordi's card, built from the jar's own classes. */
    private static Object card(ClassLoader alone) throws Exception {
        Class<?> cassNumber = alone.loadClass("ad.cass.online.domain.person.CassNumber");
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object covered = Enum.valueOf((Class) alone.loadClass("ad.cass.online.domain.person.Coverage$Status"), "COVERED");
        Instant now = Instant.now();
        return alone.loadClass("ad.cass.online.domain.wallet.HealthCard").getConstructors()[0].newInstance(
                cassNumber.getMethod("of", String.class).invoke(null, "100001A"), "Jordi", "Vidal Font",
                LocalDate.of(1981, 3, 14), covered, LocalDate.of(2003, 9, 1), now, now.plusSeconds(3600));
    }
}
