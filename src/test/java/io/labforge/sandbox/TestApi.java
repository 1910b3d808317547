package io.labforge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** A small test client for the sandbox (Apache HttpClient 5: it exposes the reason phrase PVE puts errors in). */
final class TestApi implements AutoCloseable {

    record Response(int status, String reason, JsonNode body) {
        JsonNode data() {
            return body.path("data");
        }

        JsonNode errors() {
            return body.path("errors");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Sandbox sandbox;
    private final CloseableHttpClient http;
    private final Map<String, String> headers = new LinkedHashMap<>();

    TestApi(Sandbox sandbox) {
        this.sandbox = sandbox;
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setTlsSocketStrategy(ClientTlsStrategyBuilder.create().setSslContext(trusting(sandbox)).buildClassic())
                        .setMaxConnTotal(32).setMaxConnPerRoute(32)
                        .build())
                .disableAutomaticRetries()
                .build();
        useToken(sandbox.tokenSecret());
    }

    /** Trusts exactly the sandbox certificate (pinning, not trust-all). */
    static SSLContext trusting(Sandbox sandbox) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("sandbox", sandbox.certificate());
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            return ctx;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    TestApi useToken(String secret) {
        headers.clear();
        headers.put("Authorization", "PVEAPIToken=" + sandbox.tokenId() + "=" + secret);
        return this;
    }

    TestApi useTicket(String ticket, String csrf) {
        headers.clear();
        headers.put("Cookie", "PVEAuthCookie=" + URLEncoder.encode(ticket, StandardCharsets.UTF_8));
        if (csrf != null) {
            headers.put("CSRFPreventionToken", csrf);
        }
        return this;
    }

    TestApi anonymous() {
        headers.clear();
        return this;
    }

    Response get(String path, Object... params) throws IOException {
        return call("GET", path, params);
    }

    Response post(String path, Object... params) throws IOException {
        return call("POST", path, params);
    }

    Response put(String path, Object... params) throws IOException {
        return call("PUT", path, params);
    }

    Response delete(String path, Object... params) throws IOException {
        return call("DELETE", path, params);
    }

    /** Params as alternating key, value; form-encoded in the body for POST/PUT, in the query otherwise. */
    Response call(String method, String path, Object... params) throws IOException {
        StringJoiner form = new StringJoiner("&");
        for (int i = 0; i + 1 < params.length; i += 2) {
            form.add(URLEncoder.encode(String.valueOf(params[i]), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(String.valueOf(params[i + 1]), StandardCharsets.UTF_8));
        }
        boolean body = method.equals("POST") || method.equals("PUT");
        String uri = sandbox.url() + "/api2/json" + path + (!body && form.length() > 0 ? "?" + form : "");
        HttpUriRequestBase request = new HttpUriRequestBase(method, URI.create(uri));
        headers.forEach(request::addHeader);
        if (body) {
            request.setEntity(new StringEntity(form.toString(), ContentType.APPLICATION_FORM_URLENCODED));
        }
        return http.execute(request, response -> {
            String text = response.getEntity() == null ? "{}" : EntityUtils.toString(response.getEntity());
            return new Response(response.getCode(), response.getReasonPhrase(), JSON.readTree(text.isEmpty() ? "{}" : text));
        });
    }

    /** Sends a JSON body (PVE accepts JSON as well as form encoding). */
    Response json(String method, String path, String body) throws IOException {
        HttpUriRequestBase request = new HttpUriRequestBase(method, URI.create(sandbox.url() + "/api2/json" + path));
        headers.forEach(request::addHeader);
        request.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        return http.execute(request, response -> new Response(response.getCode(), response.getReasonPhrase(),
                JSON.readTree(EntityUtils.toString(response.getEntity()))));
    }

    /** Polls a task until it stops; returns its exitstatus. */
    String await(String upid) throws IOException, InterruptedException {
        String node = upid.split(":")[1];
        String path = "/nodes/" + node + "/tasks/" + URLEncoder.encode(upid, StandardCharsets.UTF_8).replace("+", "%20") + "/status";
        for (int i = 0; i < 2000; i++) {
            Response r = get(path);
            if (r.status() == 200 && r.data().path("status").asText().equals("stopped")) {
                return r.data().path("exitstatus").asText();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("task did not finish: " + upid);
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
