package io.labforge.proxmox.fake;

import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A tiny HTTPS/1.1 server on loopback with programmable routes, for client tests. Written on raw TLS
 * sockets (not {@code com.sun.net.httpserver}) because tests need what pveproxy does and the JDK server
 * cannot: custom reason phrases, and connections dropped without an answer.
 */
public final class FakePveServer implements AutoCloseable {

    private final SelfSignedCertificate certificate = SelfSignedCertificate.generate("pve1.lab.test");
    private final ServerSocket server;
    private final Map<String, Function<FakeRequest, FakeResponse>> routes = new ConcurrentHashMap<>();
    private final List<FakeRequest> received = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile boolean running = true;
    private volatile Function<FakeRequest, FakeResponse> fallback =
            req -> FakeResponse.error(501, "Method '" + req.method() + " " + req.apiPath() + "' not implemented");

    public FakePveServer() {
        try {
            server = certificate.serverContext().getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress());
            ((SSLServerSocket) server).setNeedClientAuth(false);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Thread t = new Thread(this::acceptLoop, "fake-pve-accept");
        t.setDaemon(true);
        t.start();
    }

    public String url() {
        return "https://127.0.0.1:" + server.getLocalPort();
    }

    public SelfSignedCertificate certificate() {
        return certificate;
    }

    /** Routes {@code "GET /version"} (path below /api2/json, concrete) to a handler. */
    public FakePveServer on(String methodAndPath, Function<FakeRequest, FakeResponse> handler) {
        routes.put(methodAndPath, handler);
        return this;
    }

    /** Answers requests no route matches (default: 501 like pveproxy). */
    public FakePveServer otherwise(Function<FakeRequest, FakeResponse> handler) {
        fallback = handler;
        return this;
    }

    public List<FakeRequest> received() {
        return Collections.unmodifiableList(received);
    }

    public long count(String method, String apiPath) {
        return received.stream().filter(r -> r.method().equals(method) && r.apiPath().equals(apiPath)).count();
    }

    private void acceptLoop() {
        while (running) {
            try {
                Socket s = server.accept();
                open.add(s);
                Thread t = new Thread(() -> serve(s), "fake-pve-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            ((SSLSocket) socket).startHandshake();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            while (running) {
                FakeRequest req = read(in);
                if (req == null) {
                    return;
                }
                received.add(req);
                var handler = routes.get(req.method() + " " + req.apiPath());
                FakeResponse resp = handler == null ? fallback.apply(req) : handler.apply(req);
                if (resp.drop()) {
                    return;
                }
                byte[] body = resp.body().getBytes(StandardCharsets.UTF_8);
                boolean close = resp.status() >= 400; // pveproxy closes the connection after any error
                String head = "HTTP/1.1 " + resp.status() + " " + resp.reason() + "\r\n"
                        + "Content-Type: application/json;charset=UTF-8\r\n"
                        + "Content-Length: " + body.length + "\r\n"
                        + (close ? "Connection: close\r\n" : "Connection: Keep-Alive\r\n") + "\r\n";
                out.write(head.getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
                if (close) {
                    return;
                }
            }
        } catch (IOException e) {
            // client went away or handshake refused: normal in TLS tests
        }
    }

    private static FakeRequest read(InputStream in) throws IOException {
        String requestLine = readLine(in);
        if (requestLine == null || requestLine.isEmpty()) {
            return null;
        }
        String[] parts = requestLine.split(" ");
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        String target = parts[1];
        int q = target.indexOf('?');
        String rawPath = q < 0 ? target : target.substring(0, q);
        String query = q < 0 ? "" : target.substring(q + 1);
        Map<String, List<String>> params = new LinkedHashMap<>();
        decodeInto(query, params);
        decodeInto(body, params);
        String path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        return new FakeRequest(parts[0], path, params, headers, body, query);
    }

    private static void decodeInto(String form, Map<String, List<String>> params) {
        if (form.isEmpty()) {
            return;
        }
        for (String pair : form.split("[&;]")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                String s = buf.toString(StandardCharsets.ISO_8859_1);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            buf.write(c);
        }
        return buf.size() == 0 ? null : buf.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        running = false;
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        open.forEach(s -> {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        });
    }
}
