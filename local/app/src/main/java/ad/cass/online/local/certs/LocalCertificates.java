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
 * At each start the local runtime makes a fresh test authority (trusted through the GovernmentCaPem
 * parameter, as the real one is on AWS) and writes under {@code .local/certs/}: {@code ca.pem}, a
 * certificate and key for every demo person who has one ({@code 100001A.pem}, {@code 100001A.key}), and two
 * that must be refused: {@code expired.pem} and {@code untrusted.pem} (from another authority).
 */
public final class LocalCertificates {
    private final String authorityPem;

    private LocalCertificates(String authorityPem) {
        this.authorityPem = authorityPem;
    }

    public static LocalCertificates issue(Path directory, DemoData demo) {
        TestAuthority authority = TestAuthority.create("Local Govern d'Andorra CA");
        Instant now = Instant.now();
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("ca.pem"), authority.certificatePem());
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LocalCertificates(authority.certificatePem());
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
}
