package ad.cass.online.local.engines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A local stand-in for Amazon SES v2: it answers {@code POST /v2/email/outbound-emails} (SendEmail with
 * simple content) as SES does, and writes each message as a readable {@code .eml} file instead of
 * sending it. The functions use the real SesV2Client, pointed here by AWS_ENDPOINT_URL_SESV2.
 */
public final class MailOutbox implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final Path directory;
    private final AtomicInteger sequence = new AtomicInteger();

    public MailOutbox(Path directory) throws IOException {
        this.directory = Files.createDirectories(directory);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v2/email/outbound-emails", this::send);
        server.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public Path directory() {
        return directory;
    }

    /** The messages sent so far, oldest first, each with its headers and plain-text body. */
    public List<Map<String, String>> messages() throws IOException {
        List<Map<String, String>> messages = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".eml")).sorted().toList()) {
                messages.add(read(file));
            }
        }
        return messages;
    }

    private void send(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                reply(exchange, 405, "{\"message\":\"method not allowed\"}");
                return;
            }
            JsonNode request = JSON.readTree(exchange.getRequestBody());
            JsonNode simple = request.path("Content").path("Simple");
            if (simple.isMissingNode()) {
                reply(exchange, 400, "{\"message\":\"only Content.Simple is supported locally\"}");
                return;
            }
            String messageId = UUID.randomUUID().toString();
            List<String> to = new ArrayList<>();
            request.path("Destination").path("ToAddresses").forEach(a -> to.add(a.asText()));
            String eml = eml(messageId, request.path("FromEmailAddress").asText(), to,
                    simple.path("Subject").path("Data").asText(),
                    simple.path("Body").path("Text").path("Data").asText(null),
                    simple.path("Body").path("Html").path("Data").asText(null));
            String name = String.format("%05d-%s.eml", sequence.incrementAndGet(), messageId);
            Files.writeString(directory.resolve(name), eml, StandardCharsets.UTF_8);
            reply(exchange, 200, JSON.writeValueAsString(Map.of("MessageId", messageId)));
        } catch (RuntimeException e) {
            reply(exchange, 400, "{\"message\":\"bad request\"}");
        }
    }

    private static String eml(String id, String from, List<String> to, String subject, String text, String html) {
        String encodedSubject = "=?UTF-8?B?" + Base64.getEncoder().encodeToString(subject.getBytes(StandardCharsets.UTF_8)) + "?=";
        StringBuilder b = new StringBuilder()
                .append("Message-ID: <").append(id).append("@local.cass>\r\n")
                .append("Date: ").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now())).append("\r\n")
                .append("From: ").append(from).append("\r\n")
                .append("To: ").append(String.join(", ", to)).append("\r\n")
                .append("Subject: ").append(encodedSubject).append("\r\n")
                .append("X-Local-Subject: ").append(subject).append("\r\n")
                .append("MIME-Version: 1.0\r\n");
        if (html == null) {
            b.append("Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
                    .append(text == null ? "" : text).append("\r\n");
        } else {
            String boundary = "cass-" + id;
            b.append("Content-Type: multipart/alternative; boundary=\"").append(boundary).append("\"\r\n\r\n");
            if (text != null) {
                b.append("--").append(boundary).append("\r\nContent-Type: text/plain; charset=UTF-8\r\n")
                        .append("Content-Transfer-Encoding: 8bit\r\n\r\n").append(text).append("\r\n");
            }
            b.append("--").append(boundary).append("\r\nContent-Type: text/html; charset=UTF-8\r\n")
                    .append("Content-Transfer-Encoding: 8bit\r\n\r\n").append(html).append("\r\n")
                    .append("--").append(boundary).append("--\r\n");
        }
        return b.toString();
    }

    private static Map<String, String> read(Path file) throws IOException {
        String eml = Files.readString(file, StandardCharsets.UTF_8);
        Map<String, String> message = new LinkedHashMap<>();
        message.put("file", file.getFileName().toString());
        int headerEnd = eml.indexOf("\r\n\r\n");
        for (String line : eml.substring(0, headerEnd).split("\r\n")) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon);
            String value = line.substring(colon + 1).trim();
            switch (name) {
                case "From" -> message.put("from", value);
                case "To" -> message.put("to", value);
                case "Date" -> message.put("date", value);
                case "X-Local-Subject" -> message.put("subject", value);
                default -> { }
            }
        }
        String body = eml.substring(headerEnd + 4);
        int textStart = body.indexOf("Content-Type: text/plain");
        if (textStart >= 0) {
            int start = body.indexOf("\r\n\r\n", textStart) + 4;
            int end = body.indexOf("\r\n--", start);
            message.put("text", body.substring(start, end < 0 ? body.length() : end).trim());
        } else {
            message.put("text", body.trim());
        }
        return message;
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
