package ad.cass.online.local.certs;

import ad.cass.online.local.demo.DemoData;
import ad.cass.online.local.engines.TestAuthority;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The local runtime's stand-in for the government's authority, trusted through the GovernmentCaPem
 * parameter as the real one is on AWS. Made on the first start and kept in {@code .local/certs/ca.pem} and
 * {@code ca.key}, so what it issued stays valid across restarts. Every start (re)writes there a certificate
 * and key for each demo person who has one ({@code 100001A.pem}, {@code 100001A.key}), and two that must be
 * refused: {@code expired.pem} and {@code untrusted.pem} (from another authority).
 * <p>It also issues, on the first start, CASS's seal for the documents and the wallet's health card (issue 20), kept
 * in {@code seal.pem} (key and chain): a document sealed before a restart still verifies after it.
 */
public final class LocalCertificates {
    static final String SEAL_HOLDER = "Caixa Andorrana de Seguretat Social (local)";

    private final String authorityPem;
    private final String sealPem;

    private LocalCertificates(String authorityPem, String sealPem) {
        this.authorityPem = authorityPem;
        this.sealPem = sealPem;
    }

    public static LocalCertificates issue(Path directory, DemoData demo) {
        Instant now = Instant.now();
        try {
            Files.createDirectories(directory);
            TestAuthority authority = authority(directory);
            demo.people.forEach(person -> {
                String id = demo.governmentIds.get(person.cassNumber());
                if (id != null) {
                    write(directory, person.cassNumber().value(), authority.issue(person.fullName(), id,
                            now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365))));
                }
            });
            String employeeId = demo.governmentIds.get(DemoData.EMPLOYEE);
            write(directory, "expired", authority.issue("Jordi Vidal Font", employeeId,
                    now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(35))));
            write(directory, "untrusted", TestAuthority.create("Somebody Else CA").issue("Jordi Vidal Font", employeeId,
                    now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365))));
            return new LocalCertificates(authority.certificatePem(), seal(directory, authority, now));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TestAuthority authority(Path directory) throws IOException {
        Path certificate = directory.resolve("ca.pem");
        Path key = directory.resolve("ca.key");
        if (Files.isRegularFile(certificate) && Files.isRegularFile(key)) {
            return TestAuthority.load(Files.readString(certificate), Files.readString(key));
        }
        TestAuthority created = TestAuthority.create("Local Govern d'Andorra CA");
        Files.writeString(certificate, created.certificatePem());
        Files.writeString(key, created.privateKeyPem());
        return created;
    }

    private static String seal(Path directory, TestAuthority authority, Instant now) throws IOException {
        Path seal = directory.resolve("seal.pem");
        if (Files.isRegularFile(seal)) {
            return Files.readString(seal);
        }
        String pem = authority.sealPem(authority.issueSeal(SEAL_HOLDER, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(3650))));
        Files.writeString(seal, pem);
        return pem;
    }

    private static void write(Path directory, String name, TestAuthority.Issued issued) {
        try {
            Files.writeString(directory.resolve(name + ".pem"), issued.certificatePem());
            Files.writeString(directory.resolve(name + ".key"), issued.privateKeyPem());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String authorityPem() {
        return authorityPem;
    }

    /** CASS's seal: its key, its certificate and the authority's, as the DocumentSealSecretArn secret holds them. */
    public String sealPem() {
        return sealPem;
    }
}
