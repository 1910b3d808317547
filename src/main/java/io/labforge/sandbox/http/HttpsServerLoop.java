package io.labforge.sandbox.http;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A small HTTPS/1.1 server on loopback. Written on plain TLS sockets rather than the JDK's HttpsServer because
 * PVE puts its error messages in the HTTP reason phrase, which HttpsServer cannot set; it also lets the
 * sandbox mimic pveproxy's connection habits (5 s keep-alive, 100 requests per connection, close after errors).
 */
public final class HttpsServerLoop implements AutoCloseable {

    private final ServerSocket socket;
    private final ExecutorService connections;
    private final Thread acceptor;
    private final Function<HttpRequest, HttpResponse> handler;

    public HttpsServerLoop(SSLContext tls, int port, Function<HttpRequest, HttpResponse> handler) throws IOException {
        this.handler = handler;
        this.socket = tls.getServerSocketFactory().createServerSocket(port, 64, InetAddress.getLoopbackAddress());
        ((SSLServerSocket) socket).setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
        AtomicInteger n = new AtomicInteger();
        this.connections = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "sandbox-conn-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.acceptor = new Thread(this::acceptLoop, "sandbox-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                connections.execute(new Connection(client, handler));
            } catch (IOException e) {
                if (socket.isClosed()) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        connections.shutdownNow();
        try {
            connections.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
