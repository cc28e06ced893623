package ad.cass.online.aws;

import java.util.function.Supplier;

/**
 * A value built on first use, once, whoever asks first: for SDK clients a function seldom needs (mail,
 * queues), so it does not pay for building them at cold start.
 */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> factory;
    private volatile T value;

    public Lazy(Supplier<T> factory) {
        this.factory = factory;
    }

    @Override
    public T get() {
        T current = value;
        if (current == null) {
            synchronized (this) {
                if (value == null) {
                    value = factory.get();
                }
                current = value;
            }
        }
        return current;
    }
}
