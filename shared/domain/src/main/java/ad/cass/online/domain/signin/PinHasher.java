package ad.cass.online.domain.signin;

/** One-way PIN hashing. Implementations compare in constant time. */
public interface PinHasher {
    String hash(char[] pin);

    boolean verify(char[] pin, String encodedHash);

    /** The same work as {@link #verify} against a hash that matches nothing: used for unknown accounts. */
    void burn(char[] pin);
}
