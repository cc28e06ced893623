package ad.cass.online.domain.format;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A value the API names by a short code ({@code travel-form}, {@code pharmacy}, {@code large}, {@code pdf} …): one way
 * for every such enum to be found by its code and to list its codes in a refusal, which each enum still raises itself
 * with its own field and words.
 */
public interface Coded {
    String code();

    /** The constant of {@code type} whose code is {@code code}, if any. */
    static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
    }

    /** Every code of {@code type}, in declaration order, as a refusal lists them: {@code a, b, c}. */
    static <E extends Enum<E> & Coded> String codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }
}
