package ad.cass.online.bench.child;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/** The reference plus what Powertools JSON logging (Log4j 2 behind SLF4J) costs: one INFO line per call. */
public final class ReferenceWithLoggingFunction extends ReferenceGetItemFunction {
    private static final Logger LOG = LoggerFactory.getLogger(ReferenceWithLoggingFunction.class);

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return PowertoolsLogging.withLogging(context, () -> {
            LOG.info("get item");
            return super.handleRequest(event, context);
        });
    }
}
