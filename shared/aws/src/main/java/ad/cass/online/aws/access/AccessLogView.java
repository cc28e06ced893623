package ad.cass.online.aws.access;

import ad.cass.online.domain.access.AccessLog;
import java.util.List;

/** GET /access-log as JSON (openapi.yaml, AccessLogPage); {@code next} absent on the last page. */
public record AccessLogView(List<Entry> entries, String next) {
    public record Entry(String at, String actor, String capacity, List<String> categories, String operation, String route) {
    }

    public static AccessLogView of(AccessLog.Page page) {
        return new AccessLogView(page.entries().stream().map(l -> new Entry(l.entry().at().toString(), l.entry().actor().value(),
                l.entry().capacity().name(), l.entry().categories().stream().map(Enum::name).sorted().toList(),
                l.entry().operation().name(), l.route())).toList(), page.next());
    }
}
