package io.labforge.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.labforge.proxmox.schema.ApiSchema;
import io.labforge.proxmox.schema.Endpoint;
import io.labforge.proxmox.schema.Violations;
import io.labforge.sandbox.auth.Acl;
import io.labforge.sandbox.auth.Authenticator;
import io.labforge.sandbox.auth.Identity;
import io.labforge.sandbox.auth.PermissionCheck;
import io.labforge.sandbox.fault.FaultInjector;
import io.labforge.sandbox.http.HttpRequest;
import io.labforge.sandbox.http.HttpResponse;
import io.labforge.sandbox.http.Params;
import io.labforge.sandbox.resource.ApiCall;
import io.labforge.sandbox.resource.ApiException;
import io.labforge.sandbox.resource.Envelope;
import io.labforge.sandbox.resource.Routes;
import io.labforge.sandbox.task.LatencyModel;
import io.labforge.sandbox.task.SimClock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The pveproxy of the sandbox, in PVE's order: injected transient faults → path/method (501) → authentication
 * (401, after the 3 s failure delay) → token allowed → privileges from the schema (403) → parameters (400) →
 * handler on a pvedaemon-like pool of 3 workers, answered with 596 if it takes longer than the 30 s proxy limit.
 */
final class RequestRouter implements Function<HttpRequest, HttpResponse>, AutoCloseable {

    private static final String PREFIX = "/api2/json";
    private static final int DAEMON_WORKERS = 3;
    private static final long BACKSTOP_MILLIS = 30_000; // real-time safety net; the 596 itself is decided in simulated time
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiSchema schema;
    private final Authenticator auth;
    private final Acl acl;
    private final FaultInjector faults;
    private final Routes routes;
    private final SimClock clock;
    private final Semaphore daemon = new Semaphore(DAEMON_WORKERS, true);
    private final ExecutorService handlers;

    RequestRouter(ApiSchema schema, Authenticator auth, Acl acl, FaultInjector faults, Routes routes, SimClock clock) {
        this.schema = schema;
        this.auth = auth;
        this.acl = acl;
        this.faults = faults;
        this.routes = routes;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.handlers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "sandbox-handler-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public HttpResponse apply(HttpRequest request) {
        FaultInjector.TransientError fault = faults.transientError();
        if (fault != null) {
            return error(new ApiException(fault.status(), fault.message(), Map.of()));
        }
        try {
            HttpResponse response = route(request);
            return response.status() < 400 && faults.dropResponse() ? HttpResponse.dropped() : response;
        } catch (ApiException e) {
            return error(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error(ApiException.fail("interrupted"));
        }
    }

    private HttpResponse route(HttpRequest request) throws InterruptedException {
        String method = request.method();
        String rawPath = request.rawPath();
        if (!rawPath.startsWith(PREFIX + "/")) {
            throw new ApiException(501, "Method '" + method + " " + rawPath + "' not implemented", Map.of());
        }
        List<String> segments = decodeSegments(rawPath.substring(PREFIX.length()));
        String path = "/" + String.join("/", segments);
        Optional<Endpoint> found = schema.endpoint(method, segments);
        if (found.isEmpty()) {
            Violations v = schema.check(method, segments, Map.of());
            throw new ApiException(v.httpStatus(), v.message(), Map.of());
        }
        Endpoint endpoint = found.get();
        boolean world = "world".equals(endpoint.permissions().path("user").asText());
        Identity identity = null;
        if (!world) {
            identity = authenticate(request, !method.equals("GET"));
            if (identity.tokenid() != null && !endpoint.allowsToken()) {
                throw new ApiException(403, "URI '" + path + "' not available with API token, need proper ticket.", Map.of());
            }
        }
        Map<String, Object> params;
        try {
            params = new LinkedHashMap<>(Params.of(request));
        } catch (Params.BadBody e) {
            throw new ApiException(400, e.getMessage(), Map.of());
        }
        params.putAll(endpoint.pathParams());
        if (!world) {
            PermissionCheck.enforce(endpoint.permissions(), acl, params);
        }
        Violations v = schema.check(method, segments, params);
        if (!v.ok()) {
            throw new ApiException(v.httpStatus(), v.message(), v.errors());
        }
        Routes.Handler handler = routes.find(method, endpoint.template()).orElseThrow(() -> new ApiException(501,
                "Method '" + method + " " + endpoint.template() + "' not implemented (not simulated by the sandbox)", Map.of()));
        ApiCall call = new ApiCall(endpoint, params, identity);
        boolean isProtected = endpoint.info().path("protected").asInt(0) == 1;
        return ok(runWithProxyLimit(handler, call, isProtected));
    }

    private Identity authenticate(HttpRequest request, boolean write) throws InterruptedException {
        try {
            return auth.authenticate(request.headers(), write);
        } catch (ApiException e) {
            clock.sleep(LatencyModel.AUTH_FAILURE_DELAY);
            throw e;
        }
    }

    private Object runWithProxyLimit(Routes.Handler handler, ApiCall call, boolean viaDaemon) throws InterruptedException {
        double slow = faults.slowness();
        SimClock.Budget budget = new SimClock.Budget(LatencyModel.PROXY_TIMEOUT);
        CompletableFuture<Object> result = CompletableFuture.supplyAsync(() -> {
            clock.useBudget(budget);
            boolean acquired = false;
            try {
                if (viaDaemon) {
                    daemon.acquire();
                    acquired = true;
                }
                clock.sleep(slow);
                return handler.handle(call);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw ApiException.fail("interrupted");
            } finally {
                clock.clearBudget();
                if (acquired) {
                    daemon.release();
                }
            }
        }, handlers);
        try {
            CompletableFuture.anyOf(result, budget.exceeded()).get(clock.millis(LatencyModel.PROXY_TIMEOUT) + BACKSTOP_MILLIS,
                    TimeUnit.MILLISECONDS);
            if (!result.isDone()) {
                throw new TimeoutException();
            }
            return result.get();
        } catch (TimeoutException e) {
            // pveproxy gives up; the daemon finishes the work regardless (PITFALLS #7)
            throw new ApiException(596, "Connection timed out", Map.of());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof java.util.concurrent.CompletionException c ? c.getCause() : e.getCause();
            if (cause instanceof ApiException api) {
                throw api;
            }
            String message = cause.getMessage();
            throw ApiException.fail(message == null ? e.getCause().getClass().getSimpleName() : message);
        }
    }

    /** Split first, then unescape each segment, as pveproxy does: {@code %2F} inside a parameter stays in it. */
    static List<String> decodeSegments(String raw) {
        String p = raw.startsWith("/") ? raw.substring(1) : raw;
        if (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        List<String> out = new ArrayList<>();
        if (!p.isEmpty()) {
            for (String segment : p.split("/", -1)) {
                out.add(Params.decode(segment, false));
            }
        }
        return out;
    }

    private static HttpResponse ok(Object result) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (result instanceof Envelope env) {
            body.put("data", env.data());
            body.putAll(env.extra());
        } else {
            body.put("data", result);
        }
        return HttpResponse.json(200, "OK", write(body));
    }

    static HttpResponse error(ApiException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", null);
        body.put("message", e.getMessage() + "\n");
        if (!e.errors().isEmpty()) {
            body.put("errors", e.errors());
        }
        return HttpResponse.json(e.status(), e.getMessage(), write(body));
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        handlers.shutdownNow();
    }
}
