package ad.cass.online.aws.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Issue 4, "DynamoDB throttling: 503 with Retry-After": which failures pass (503) and which are ours (500). */
class DynamoFaultsTest {
    static TransactionCanceledException cancelled(String... codes) {
        return TransactionCanceledException.builder().cancellationReasons(Arrays.stream(codes)
                .map(c -> CancellationReason.builder().code(c).build()).toList()).build();
    }

    static DynamoDbException service(int status, String code) {
        return (DynamoDbException) DynamoDbException.builder().statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).build()).build();
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("throughput exceeded", ProvisionedThroughputExceededException.builder().statusCode(400)
                        .awsErrorDetails(AwsErrorDetails.builder().errorCode("ProvisionedThroughputExceededException").build())
                        .build(), true),
                Arguments.of("request limit", service(400, "RequestLimitExceeded"), true),
                Arguments.of("service error", service(500, "InternalServerError"), true),
                Arguments.of("service unavailable", service(503, "ServiceUnavailable"), true),
                Arguments.of("call timed out", ApiCallTimeoutException.create(4000), true),
                Arguments.of("transaction throttled", cancelled("None", "ThrottlingError"), true),
                Arguments.of("transaction conflict", cancelled("TransactionConflict", "None"), true),
                Arguments.of("condition failed in a transaction", cancelled("ConditionalCheckFailed", "None"), false),
                Arguments.of("condition failed", ConditionalCheckFailedException.builder().statusCode(400).build(), false),
                Arguments.of("validation: our bug", service(400, "ValidationException"), false),
                Arguments.of("client misconfigured", SdkClientException.create("no region"), false),
                // issue 16, item 1: the network fails too
                Arguments.of("connection refused", SdkClientException.create("Unable to execute HTTP request",
                        new java.net.ConnectException("Connection refused")), true),
                Arguments.of("connection reset", SdkClientException.create("Unable to execute HTTP request",
                        new java.io.UncheckedIOException(new java.net.SocketException("Connection reset"))), true),
                Arguments.of("read timed out", SdkClientException.create("Unable to execute HTTP request",
                        new java.net.SocketTimeoutException("Read timed out")), true),
                Arguments.of("endpoint name does not resolve: configuration", SdkClientException.create(
                        "Unable to execute HTTP request", new java.net.UnknownHostException("dynamodb.nowhere")), false),
                Arguments.of("not AWS at all", new IllegalStateException("bug"), false));
    }

    @ParameterizedTest(name = "{0} → passing: {2}")
    @MethodSource("failures")
    void passingFailuresAreToldApartFromOurs(String name, RuntimeException failure, boolean passing) {
        assertEquals(passing, DynamoFaults.isPassing(failure));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transactions")
    void onlyAConditionThatDidNotHoldIsAnAnswer(String name, TransactionCanceledException e, boolean onlyConditions) {
        assertEquals(onlyConditions, DynamoFaults.onlyConditionsFailed(e));
    }

    static Stream<Arguments> transactions() {
        return Stream.of(
                Arguments.of("a condition", cancelled("ConditionalCheckFailed", "None", "None"), true),
                Arguments.of("a condition and throttling", cancelled("ConditionalCheckFailed", "ThrottlingError"), false),
                Arguments.of("a conflict", cancelled("TransactionConflict"), false),
                Arguments.of("no reasons given", cancelled(), false));
    }
}
