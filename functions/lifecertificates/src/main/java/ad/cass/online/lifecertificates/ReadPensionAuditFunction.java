package ad.cass.online.lifecertificates;

import ad.cass.online.aws.LambdaFunction;
import ad.cass.online.aws.StaffAnswers;
import ad.cass.online.aws.dynamodb.DynamoDbClients;
import ad.cass.online.aws.dynamodb.RecordsSettings;
import ad.cass.online.aws.lifecertificates.DynamoLifeCertificateStore;
import ad.cass.online.aws.logging.RequestLogging;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.error.NotFound;
import ad.cass.online.domain.lifecertificates.AuditEntry;
import ad.cass.online.domain.lifecertificates.LifeCertificate;
import ad.cass.online.domain.lifecertificates.PensionAudit;
import ad.cass.online.domain.lifecertificates.PensionRecord;
import ad.cass.online.domain.person.CassNumber;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * CASS reads a pension's proof-of-life trail (issue 21: "every decision leaves an audit entry that CASS can read"):
 * invoked directly with {@code {"cassNumber": "…"}} (events/lifecertificates/audit.json), never through the API; who
 * may read it is IAM's to say. The answer is the pension's state, every decision oldest first (action, campaign,
 * when, who, its figures) and the certificates with who recorded them and where each file lies.
 */
public final class ReadPensionAuditFunction extends LambdaFunction implements RequestHandler<Map<String, String>, Map<String, Object>> {
    private final PensionAudit audit;

    /** Lambda: the client, once per container, from the environment template.yaml sets. */
    public ReadPensionAuditFunction() {
        this(new PensionAudit(new DynamoLifeCertificateStore(DynamoDbClients.create(), RecordsSettings.recordsTable())));
    }

    /** Tests: the audit ready-made. */
    public ReadPensionAuditFunction(PensionAudit audit) {
        this.audit = audit;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, String> payload, Context context) {
        Map<String, String> event = StaffAnswers.members(payload);
        String correlation = context == null ? UUID.randomUUID().toString() : context.getAwsRequestId();
        return RequestLogging.around(context, correlation, () -> {
            try {
                return answer(audit.of(CassNumber.of(event.get("cassNumber"))));
            } catch (InvalidInput | NotFound e) {
                Map<String, Object> refused = new LinkedHashMap<>();
                refused.put("status", "REFUSED");
                refused.put("detail", e.getMessage());
                return refused;
            }
        });
    }

    private static Map<String, Object> answer(PensionAudit.Trail trail) {
        PensionRecord p = trail.pension();
        Map<String, Object> pension = new LinkedHashMap<>();
        pension.put("status", p.state().status().name());
        put(pension, "suspendedFrom", p.state().suspendedFrom());
        put(pension, "missedCampaign", p.state().missedCampaign());
        put(pension, "closedOn", p.state().closedOn());
        pension.put("residenceCountry", p.pensioner().residenceCountry());
        pension.put("certificatesRequired", p.pensioner().certificatesRequired());
        pension.put("language", p.pensioner().language().code());
        pension.put("version", p.version());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("cassNumber", p.cassNumber().value());
        answer.put("pension", pension);
        answer.put("decisions", trail.decisions().stream().map(ReadPensionAuditFunction::decision).toList());
        answer.put("certificates", trail.certificates().stream().map(ReadPensionAuditFunction::certificate).toList());
        return answer;
    }

    private static Map<String, Object> decision(AuditEntry a) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("campaign", a.key().campaignId());
        d.put("action", a.key().action());
        d.put("at", a.at().toString());
        d.put("actor", a.actor());
        d.put("details", new java.util.TreeMap<>(a.details()));
        return d;
    }

    private static Map<String, Object> certificate(LifeCertificate c) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("sha256", c.sha256());
        d.put("issuerType", c.issuerType().name());
        d.put("issueDate", c.issueDate().toString());
        d.put("country", c.country());
        d.put("receivedAt", c.receivedAt().toString());
        d.put("submittedBy", c.submittedBy().name());
        d.put("actor", c.actor());
        put(d, "fileKey", c.fileKey());
        d.put("countsFor", List.copyOf(c.countsFor()));
        return d;
    }

    private static void put(Map<String, Object> map, String name, Object value) {
        if (value != null) {
            map.put(name, value.toString());
        }
    }
}
