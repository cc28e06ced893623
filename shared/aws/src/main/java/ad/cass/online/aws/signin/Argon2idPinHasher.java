package ad.cass.online.aws.signin;

import ad.cass.online.domain.signin.PinHasher;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id PIN hashes in the PHC string format ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}).
 * Defaults are the OWASP Password Storage Cheat Sheet minimum (19 MiB, 2 passes, 1 lane); the
 * parameters of each stored hash are read back from it, so raising them later needs no migration.
 */
public final class Argon2idPinHasher implements PinHasher {
    public static final int OWASP_MEMORY_KIB = 19 * 1024;
    public static final int OWASP_ITERATIONS = 2;
    public static final int OWASP_PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final int memoryKib;
    private final int iterations;
    private final int parallelism;
    private final SecureRandom random = new SecureRandom();
    private final String decoy;

    public Argon2idPinHasher() {
        this(OWASP_MEMORY_KIB, OWASP_ITERATIONS, OWASP_PARALLELISM);
    }

    public Argon2idPinHasher(int memoryKib, int iterations, int parallelism) {
        if (memoryKib < OWASP_MEMORY_KIB || iterations < OWASP_ITERATIONS || parallelism < 1) {
            throw new IllegalArgumentException("Argon2id parameters below the OWASP minimum");
        }
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
        // Random salt and random "hash" under the same parameters: verifying against it costs one full
        // derivation, like a real account, and matches nothing. Made without hashing, so it adds nothing
        // to cold start.
        byte[] salt = new byte[SALT_BYTES];
        byte[] noise = new byte[HASH_BYTES];
        random.nextBytes(salt);
        random.nextBytes(noise);
        this.decoy = "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(noise);
    }

    @Override
    public String hash(char[] pin) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] out = derive(pin, salt, memoryKib, iterations, parallelism, HASH_BYTES);
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(out);
    }

    @Override
    public boolean verify(char[] pin, String encodedHash) {
        Phc phc = Phc.parse(encodedHash);
        if (phc == null) {
            burn(pin);
            return false;
        }
        byte[] actual = derive(pin, phc.salt, phc.memory, phc.iterations, phc.parallelism, phc.hash.length);
        return MessageDigest.isEqual(actual, phc.hash);
    }

    @Override
    public void burn(char[] pin) {
        verify(pin, decoy);
    }

    private static byte[] derive(char[] pin, byte[] salt, int memory, int iterations, int parallelism, int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memory)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] secret = utf8(pin);
        byte[] out = new byte[length];
        try {
            generator.generateBytes(secret, out);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
        return out;
    }

    private static byte[] utf8(char[] chars) {
        ByteBuffer buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        Arrays.fill(buffer.array(), (byte) 0);
        return bytes;
    }

    private record Phc(int memory, int iterations, int parallelism, byte[] salt, byte[] hash) {
        static Phc parse(String s) {
            if (s == null) {
                return null;
            }
            String[] parts = s.split("\\$");
            // ["", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash]
            if (parts.length != 6 || !"argon2id".equals(parts[1]) || !"v=19".equals(parts[2])) {
                return null;
            }
            try {
                int m = 0, t = 0, p = 0;
                for (String kv : parts[3].split(",")) {
                    String[] pair = kv.split("=", 2);
                    int value = Integer.parseInt(pair[1]);
                    switch (pair[0]) {
                        case "m" -> m = value;
                        case "t" -> t = value;
                        case "p" -> p = value;
                        default -> {
                            return null;
                        }
                    }
                }
                return m > 0 && t > 0 && p > 0 ? new Phc(m, t, p, B64D.decode(parts[4]), B64D.decode(parts[5])) : null;
            } catch (RuntimeException e) {
                return null;
            }
        }
    }
}
