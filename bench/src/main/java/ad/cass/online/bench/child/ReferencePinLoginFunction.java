package ad.cass.online.bench.child;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The least a PIN login can do: one GetItem of the stored hash and one Argon2id verification (the
 * OWASP cost the auth function pays on purpose). Runs on auth.jar; the yardstick for the auth function.
 */
public final class ReferencePinLoginFunction extends ReferenceGetItemFunction {

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        String cassNumber = "100001A";
        String phc = dynamo.getItem(r -> r.tableName(table).key(Map.of("pk", AttributeValue.fromS("PERSON#" + cassNumber),
                "sk", AttributeValue.fromS("CREDENTIAL#PIN")))).item().get("pinHash").s();
        String[] parts = phc.split("\\$");
        byte[] salt = Base64.getDecoder().decode(parts[4]);
        byte[] expected = Base64.getDecoder().decode(parts[5]);
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(19 * 1024).withIterations(2).withParallelism(1).withSalt(salt).build());
        byte[] actual = new byte[expected.length];
        generator.generateBytes("Demo-2026!".getBytes(StandardCharsets.UTF_8), actual);
        boolean ok = MessageDigest.isEqual(actual, expected);
        return APIGatewayV2HTTPResponse.builder().withStatusCode(ok ? 200 : 401).withBody("{\"ok\":" + ok + "}").build();
    }
}
