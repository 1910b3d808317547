package io.labforge.proxmox.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.labforge.proxmox.Credentials;
import io.labforge.proxmox.tls.UntrustedCertificate;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The HTTP transport: sends an {@link ApiRequest} to {@code https://host:8006/api2/json}, authenticates,
 * unwraps {@code {"data": ...}} and turns failures into typed {@link ProxmoxException}s whose message
 * starts "Unable to &lt;action&gt;". Reads the reason phrase too, where PVE before 8.3 puts its only error text.
 * Idempotent requests are retried per the {@link RetryPolicy}; others are sent once.
 */
public final class ApiClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ApiClient.class);
    private static final ContentType FORM = ContentType.APPLICATION_FORM_URLENCODED.withCharset(StandardCharsets.UTF_8);

    private final ClientOptions options;
    private final URI base;
    private final CloseableHttpClient http;
    private final Authenticator auth;

    private record RawResponse(int status, String reason, String body) {
    }

    public ApiClient(ClientOptions options) {
        this.options = options;
        this.base = options.endpoint().apiBase();
        this.http = buildHttpClient(options);
        this.auth = options.credentials() instanceof Credentials.ApiToken token
                ? new TokenAuthenticator(token)
                : new TicketAuthenticator((Credentials.UserPassword) options.credentials(), options.clock(),
                        options.ticketRenewAfter(), this::login);
    }

    public ClientOptions options() {
        return options;
    }

    /** Sends the request and returns its {@code data} ({@link NullNode} for calls returning null). */
    public JsonNode call(ApiRequest request) {
        return request.idempotent() ? options.retry().run(() -> send(request, true)) : send(request, true);
    }

    /** Like {@link #call(ApiRequest)} but returns the whole envelope, for fields beside {@code data} ({@code changes}, {@code total}). */
    public JsonNode callForEnvelope(ApiRequest request) {
        return request.idempotent() ? options.retry().run(() -> sendForEnvelope(request)) : sendForEnvelope(request);
    }

    private JsonNode sendForEnvelope(ApiRequest request) {
        RawResponse response = exchange(request, true);
        if (response.status() == 401 && auth.renewAfterRejection()) {
            response = exchange(request, true);
        }
        unwrap(request, response);
        return parse(response.body());
    }

    public <T> T call(ApiRequest request, Class<T> type) {
        return Json.convert(call(request), type);
    }

    public <T> T call(ApiRequest request, com.fasterxml.jackson.core.type.TypeReference<T> type) {
        return Json.convert(call(request), type);
    }

    private JsonNode send(ApiRequest request, boolean mayRenewLogin) {
        RawResponse response = exchange(request, true);
        if (response.status() == 401 && mayRenewLogin && auth.renewAfterRejection()) {
            return send(request, false);
        }
        return unwrap(request, response);
    }

    private JsonNode login(Params params) {
        ApiRequest request = ApiRequest.post("/access/ticket").with(params).action("log in");
        return unwrap(request, exchange(request, false));
    }

    private RawResponse exchange(ApiRequest request, boolean authenticate) {
        String path = request.concretePath();
        String query = request.paramsInQuery() && !request.params().isEmpty() ? "?" + FormEncoder.encode(request.params().wire()) : "";
        HttpUriRequestBase http = new HttpUriRequestBase(request.method().name(), URI.create(base + path + query));
        if (!request.paramsInQuery()) {
            http.setEntity(new StringEntity(FormEncoder.encode(request.params().wire()), FORM));
        }
        if (authenticate) {
            auth.authenticate(http, request.method() != ApiRequest.Method.GET); // may log in first
        }
        options.listener().onRequest(new RecordedRequest(request.method().name(), request.pathTemplate(), path,
                request.params().redacted()));
        long start = System.nanoTime();
        try {
            RawResponse r = this.http.execute(http, resp -> new RawResponse(resp.getCode(), resp.getReasonPhrase(),
                    resp.getEntity() == null ? "" : EntityUtils.toString(resp.getEntity(), StandardCharsets.UTF_8)));
            LOG.debug("{} {} -> {} ({} ms)", request.method(), path, r.status(), (System.nanoTime() - start) / 1_000_000);
            return r;
        } catch (IOException e) {
            LOG.debug("{} {} -> {}", request.method(), path, e.getClass().getSimpleName());
            throw transportFailure(request, e);
        }
    }

    private JsonNode unwrap(ApiRequest request, RawResponse response) {
        JsonNode root = parse(response.body());
        if (response.status() >= 200 && response.status() < 300) {
            if (root == null) {
                throw new ProxmoxException("Unable to " + request.action() + ": the server's answer is not JSON",
                        response.status(), "", null);
            }
            JsonNode data = root.get("data");
            return data == null ? NullNode.getInstance() : data;
        }
        String message = root == null ? "" : root.path("message").asText("");
        Map<String, String> errors = new LinkedHashMap<>();
        if (root != null && root.path("errors").isObject()) {
            root.path("errors").fields().forEachRemaining(e -> errors.put(e.getKey(), e.getValue().asText()));
        }
        return throwTyped(ErrorClassifier.fromResponse(request.action(), response.status(), response.reason(), message,
                errors, redactor(request)));
    }

    private static JsonNode throwTyped(ProxmoxException e) {
        throw e;
    }

    private ProxmoxException transportFailure(ApiRequest request, IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UntrustedCertificate u) {
                return new CertificateRejectedException("Unable to " + request.action() + ": " + u.getMessage()
                        + (u.pinMismatch() ? "" : "; if this is your Proxmox server, compare the fingerprint with the one"
                        + " under Node > System > Certificates and pin it"), u.fingerprint(), u.pinMismatch(), null);
            }
        }
        return ErrorClassifier.fromIo(request.action(), options.endpoint().toString(), e, redactor(request));
    }

    private Redactor redactor(ApiRequest request) {
        return new Redactor(Stream.concat(auth.secrets(), request.params().secretValues()));
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static CloseableHttpClient buildHttpClient(ClientOptions o) {
        ConnectionConfig connections = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(o.connectTimeout()))
                .setSocketTimeout(Timeout.of(o.responseTimeout()))
                // pveproxy drops idle keep-alive connections after 5 s: check before reusing one idle for 1 s
                .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                .setTimeToLive(TimeValue.ofMinutes(5))
                .build();
        var manager = PoolingHttpClientConnectionManagerBuilder.create()
                .setTlsSocketStrategy(new DefaultClientTlsStrategy(o.trust().sslContext(), HostnameVerificationPolicy.CLIENT,
                        o.trust().hostnameVerifier()))
                .setDefaultConnectionConfig(connections)
                .setMaxConnPerRoute(8)
                .setMaxConnTotal(16)
                .build();
        return HttpClients.custom()
                .setConnectionManager(manager)
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(o.responseTimeout())).build())
                .evictIdleConnections(TimeValue.ofSeconds(4))
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .build();
    }

    @Override
    public void close() {
        try {
            http.close();
        } catch (IOException e) {
            LOG.debug("closing the HTTP client failed: {}", e.getMessage());
        }
    }
}
