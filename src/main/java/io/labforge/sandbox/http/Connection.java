package io.labforge.sandbox.http;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Serves one keep-alive connection: idle 5 s, at most 100 requests, closed after any status ≥ 400 (as pveproxy). */
final class Connection implements Runnable {

    static final int IDLE_TIMEOUT_MS = 5_000;
    static final int MAX_REQUESTS = 100;
    private static final int MAX_BODY = 512 * 1024;
    private static final int MAX_LINE = 16 * 1024;

    private final Socket socket;
    private final Function<HttpRequest, HttpResponse> handler;

    Connection(Socket socket, Function<HttpRequest, HttpResponse> handler) {
        this.socket = socket;
        this.handler = handler;
    }

    @Override
    public void run() {
        try (socket) {
            socket.setSoTimeout(IDLE_TIMEOUT_MS);
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            for (int served = 1; served <= MAX_REQUESTS; served++) {
                HttpRequest request;
                try {
                    request = read(in);
                } catch (BadRequest e) {
                    write(out, HttpResponse.json(e.status, e.getMessage(), "{\"data\":null}"), true);
                    return;
                }
                if (request == null) {
                    return;
                }
                HttpResponse response = handler.apply(request);
                if (response.drop()) {
                    return;
                }
                boolean close = served == MAX_REQUESTS || response.status() >= 400
                        || "close".equalsIgnoreCase(request.header("connection"));
                write(out, response, close);
                if (close) {
                    return;
                }
            }
        } catch (SocketTimeoutException idle) {
            // keep-alive expired
        } catch (IOException e) {
            // client went away or TLS failed (e.g. a client that refused our certificate)
        }
    }

    private static final class BadRequest extends Exception {
        final int status;

        BadRequest(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private static HttpRequest read(InputStream in) throws IOException, BadRequest {
        String requestLine = line(in);
        if (requestLine == null) {
            return null;
        }
        String[] parts = requestLine.split(" ");
        if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
            throw new BadRequest(400, "Bad Request");
        }
        Map<String, String> headers = new HashMap<>();
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            if (colon > 0) {
                headers.merge(header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        header.substring(colon + 1).trim(), (a, b) -> a + ", " + b);
            }
        }
        byte[] body = new byte[0];
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = chunked(in);
        } else if (headers.containsKey("content-length")) {
            int length;
            try {
                length = Integer.parseInt(headers.get("content-length"));
            } catch (NumberFormatException e) {
                throw new BadRequest(400, "Bad Request");
            }
            if (length > MAX_BODY) {
                throw new BadRequest(413, "Request Entity Too Large");
            }
            body = in.readNBytes(length);
        }
        return new HttpRequest(parts[0].toUpperCase(Locale.ROOT), parts[1], headers, body);
    }

    private static byte[] chunked(InputStream in) throws IOException, BadRequest {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line(in);
            if (size == null) {
                throw new BadRequest(400, "Bad Request");
            }
            int semicolon = size.indexOf(';');
            int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (n == 0) {
                while (true) {
                    String trailer = line(in);
                    if (trailer == null || trailer.isEmpty()) {
                        return body.toByteArray();
                    }
                }
            }
            if (body.size() + n > MAX_BODY) {
                throw new BadRequest(413, "Request Entity Too Large");
            }
            body.write(in.readNBytes(n));
            line(in);
        }
    }

    private static String line(InputStream in) throws IOException, BadRequest {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                String s = buf.toString(StandardCharsets.ISO_8859_1);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            if (buf.size() >= MAX_LINE) {
                throw new BadRequest(414, "Request-URI Too Long");
            }
            buf.write(c);
        }
        return buf.size() == 0 ? null : buf.toString(StandardCharsets.ISO_8859_1);
    }

    private static void write(OutputStream out, HttpResponse r, boolean close) throws IOException {
        StringBuilder head = new StringBuilder()
                .append("HTTP/1.1 ").append(r.status()).append(' ').append(r.reason()).append("\r\n")
                .append("Server: pve-api-daemon/3.0\r\n")
                .append("Cache-Control: max-age=0\r\n")
                .append("Pragma: no-cache\r\n")
                .append("Content-Type: application/json;charset=UTF-8\r\n")
                .append("Content-Length: ").append(r.body().length).append("\r\n")
                .append("Connection: ").append(close ? "close" : "Keep-Alive").append("\r\n");
        r.headers().forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
        out.write(r.body());
        out.flush();
    }
}
