package ad.cass.online.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The API contract in a browser: {@code /openapi.json} (openapi.yaml, read at each request so an edit shows
 * at once) and {@code /docs}, Swagger UI from its webjar (Apache-2.0), pointed at it.
 */
final class ApiDocs {
    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
    /** The only files of the webjar the page needs, and their media types. */
    private static final Map<String, String> ASSETS = Map.of(
            "swagger-ui.css", "text/css; charset=utf-8",
            "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
            "swagger-ui-standalone-preset.js", "text/javascript; charset=utf-8",
            "favicon-32x32.png", "image/png");
    private static final String PAGE = """
            <!doctype html>
            <html lang="ca">
            <head>
              <meta charset="utf-8">
              <title>CASS Online API</title>
              <link rel="icon" href="/docs/favicon-32x32.png">
              <link rel="stylesheet" href="/docs/swagger-ui.css">
            </head>
            <body>
              <div id="swagger-ui"></div>
              <script src="/docs/swagger-ui-bundle.js"></script>
              <script src="/docs/swagger-ui-standalone-preset.js"></script>
              <script>
                window.ui = SwaggerUIBundle({
                  url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true,
                  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: "StandaloneLayout"
                });
              </script>
            </body>
            </html>
            """;

    record Asset(String contentType, byte[] bytes) {
    }

    private final Path openApiFile;
    private final String webjarVersion;

    ApiDocs(Path openApiFile) {
        this.openApiFile = openApiFile;
        this.webjarVersion = webjarVersion();
    }

    /** What {@code GET path} answers, if it is one of the documentation's paths. */
    Optional<Asset> get(String path) {
        if (path.equals("/openapi.json")) {
            return Optional.of(new Asset("application/json; charset=utf-8", openApiJson()));
        }
        if (path.equals("/docs") || path.equals("/docs/")) {
            return Optional.of(new Asset("text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8)));
        }
        if (path.startsWith("/docs/") && ASSETS.containsKey(path.substring(6))) {
            String name = path.substring(6);
            try (InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream(WEBJAR + webjarVersion + "/" + name)) {
                return in == null ? Optional.empty() : Optional.of(new Asset(ASSETS.get(name), in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.empty();
    }

    private byte[] openApiJson() {
        try {
            return new ObjectMapper().writeValueAsBytes(new ObjectMapper(new YAMLFactory()).readTree(Files.newInputStream(openApiFile)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String webjarVersion() {
        try (InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "missing");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
