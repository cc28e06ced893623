package ad.cass.online.bench.load;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over one kept-alive connection that leaves from a loopback address of the client's own (127.0.1.N), as each
 * browser comes from an address of its own. The runtime counts sign-ins per source address (30 a minute, as the
 * template sets), so 32 clients behind one address would be refused as one abusive client. Java 17's HttpClient
 * cannot choose its source address (that came in Java 19), hence this small client. Not thread-safe: one per client.
 */
final class LoopbackHttp implements AutoCloseable {
    /** Jetty drops a connection idle for 5 s (HttpLimits); one idle for this long is opened anew instead of reused. */
    private static final long REUSE_MILLIS = 3_000;

    record Answer(int status, Map<String, String> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final InetAddress source;
    private final int port;
    private final int timeoutMillis;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private long lastUsed;

    LoopbackHttp(InetAddress source, int port, Duration timeout) {
        this.source = source;
        this.port = port;
        this.timeoutMillis = (int) timeout.toMillis();
    }

    /** One exchange; a timeout or a broken connection is an IOException (the caller counts it as an error). */
    Answer send(String method, String target, Map<String, String> headers, byte[] body) throws IOException {
        if (socket == null || System.currentTimeMillis() - lastUsed > REUSE_MILLIS) {
            connect();
        }
        try {
            StringBuilder head = new StringBuilder(256).append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1:").append(port).append("\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (body.length > 0 || !method.equals("GET")) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            Answer answer = read();
            lastUsed = System.currentTimeMillis();
            if ("close".equalsIgnoreCase(answer.header("connection"))) {
                close();
            }
            return answer;
        } catch (IOException e) {
            close(); // never reuse a connection in an unknown state
            throw e;
        }
    }

    private void connect() throws IOException {
        close();
        Socket s = new Socket();
        s.bind(new InetSocketAddress(source, 0));
        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), timeoutMillis);
        s.setSoTimeout(timeoutMillis);
        s.setTcpNoDelay(true);
        socket = s;
        in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
        out = new BufferedOutputStream(s.getOutputStream(), 8 * 1024);
    }

    private Answer read() throws IOException {
        String status = line();
        String[] parts = status.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP answer: " + status);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(); !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        int code = Integer.parseInt(parts[1]);
        byte[] body;
        if (code == 204 || code == 304 || code < 200) {
            body = new byte[0]; // no body, whatever the headers say (Jetty sends a 204 without Content-Length)
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = chunked();
        } else if (headers.containsKey("content-length")) {
            body = exactly(Integer.parseInt(headers.get("content-length")));
        } else {
            body = in.readAllBytes(); // delimited by the end of the connection
            headers.put("connection", "close");
        }
        return new Answer(code, headers, body);
    }

    private byte[] chunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = chunkSize(); size > 0; size = chunkSize()) {
            body.write(exactly(size));
            line();
        }
        while (!line().isEmpty()) {
            // trailers: none expected, skipped
        }
        return body.toByteArray();
    }

    private int chunkSize() throws IOException {
        String size = line();
        int semicolon = size.indexOf(';');
        return Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
    }

    private byte[] exactly(int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new IOException("closed after " + bytes.length + " of " + length + " bytes of body");
        }
        return bytes;
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed mid-answer");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }
}
