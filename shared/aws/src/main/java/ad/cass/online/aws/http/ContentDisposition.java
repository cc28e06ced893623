package ad.cass.online.aws.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** How a download names its file: RFC 6266, an ASCII fallback and the UTF-8 name, so Catalan accents survive. */
public final class ContentDisposition {
    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String utf8 = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
    }
}
