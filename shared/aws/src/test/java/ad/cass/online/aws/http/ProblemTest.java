package ad.cass.online.aws.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ad.cass.online.domain.error.Conflict;
import ad.cass.online.domain.error.DomainException;
import ad.cass.online.domain.error.Forbidden;
import ad.cass.online.domain.error.Gone;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.error.NotFound;
import ad.cass.online.domain.error.TooManyRequests;
import ad.cass.online.domain.error.Unauthenticated;
import ad.cass.online.domain.error.Unavailable;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every domain failure has its problem type: a new one without a mapping would surface as a 500. */
class ProblemTest {

    @Test
    void everyPermittedDomainExceptionMapsToAProblemType() {
        List<DomainException> samples = List.of(new InvalidInput("f", "m"), new Unauthenticated(), new Forbidden("m"),
                new NotFound("m"), new Conflict("m"), new Gone("m"), new TooManyRequests(Duration.ofSeconds(42)),
                new Unavailable("DynamoDB: ThrottlingException"));
        Set<Class<?>> covered = samples.stream().map(Object::getClass).collect(Collectors.toSet());
        assertEquals(Set.copyOf(Arrays.asList(DomainException.class.getPermittedSubclasses())), covered,
                "a sample for every permitted subclass");
        samples.forEach(Problem::of);
    }

    @Test
    void aRefusedAllowanceSaysWhenToComeBack() {
        ApiResponse response = Problem.of(new TooManyRequests(Duration.ofMillis(41_200))).toResponse("/auth/login");
        assertEquals(429, response.status());
        assertEquals("42", response.headers().get("Retry-After"), "whole seconds, rounded up");
    }
}
