package io.labforge.proxmox;

import io.labforge.proxmox.access.AccessApi;
import io.labforge.proxmox.api.ApiClient;
import io.labforge.proxmox.api.ClientOptions;
import io.labforge.proxmox.api.Endpoint;
import io.labforge.proxmox.api.RequestListener;
import io.labforge.proxmox.api.RetryPolicy;
import io.labforge.proxmox.cluster.ClusterApi;
import io.labforge.proxmox.nodes.NodeApi;
import io.labforge.proxmox.nodes.NodesApi;
import io.labforge.proxmox.nodes.tasks.TaskWaiter;
import io.labforge.proxmox.nodes.tasks.TasksApi;
import io.labforge.proxmox.pools.PoolsApi;
import io.labforge.proxmox.tls.TlsTrust;
import io.labforge.proxmox.version.VersionApi;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Entry point of the Proxmox VE client. Its accessors follow the API's URL tree:
 * {@code client.node("pve1").qemu().clone(...)} is {@code POST /nodes/pve1/qemu/{vmid}/clone}.
 * Thread-safe; close it to release connections.
 */
public final class ProxmoxClient implements AutoCloseable {

    private final ApiClient api;
    private final TaskWaiter waiter;

    private ProxmoxClient(ApiClient api, TaskWaiter.Settings taskSettings) {
        this.api = api;
        this.waiter = new TaskWaiter(new TasksApi(api), taskSettings);
    }

    public static Builder builder(String url, Credentials credentials) {
        return new Builder(Endpoint.parse(url), credentials);
    }

    /** The raw transport, for calls this client has no typed method for. */
    public ApiClient api() {
        return api;
    }

    public TaskWaiter tasks() {
        return waiter;
    }

    public VersionApi version() {
        return new VersionApi(api);
    }

    public NodesApi nodes() {
        return new NodesApi(api);
    }

    public NodeApi node(String name) {
        return new NodeApi(api, name, waiter);
    }

    public ClusterApi cluster() {
        return new ClusterApi(api, waiter);
    }

    public PoolsApi pools() {
        return new PoolsApi(api);
    }

    public AccessApi access() {
        return new AccessApi(api);
    }

    @Override
    public void close() {
        api.close();
    }

    /** Options with safe defaults: system trust store, 10 s connect / 45 s response timeouts, 4 attempts on reads. */
    public static final class Builder {
        private final Endpoint endpoint;
        private final Credentials credentials;
        private TlsTrust trust = TlsTrust.system();
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration responseTimeout = Duration.ofSeconds(45);
        private RetryPolicy retry = RetryPolicy.defaults();
        private RequestListener listener = RequestListener.NONE;
        private Clock clock = Clock.systemUTC();
        private Duration ticketRenewAfter;
        private TaskWaiter.Settings taskSettings = TaskWaiter.Settings.defaults();

        private Builder(Endpoint endpoint, Credentials credentials) {
            this.endpoint = endpoint;
            this.credentials = Objects.requireNonNull(credentials, "credentials");
        }

        public Builder trust(TlsTrust t) {
            this.trust = t;
            return this;
        }

        public Builder timeouts(Duration connect, Duration response) {
            this.connectTimeout = connect;
            this.responseTimeout = response;
            return this;
        }

        public Builder retry(RetryPolicy r) {
            this.retry = r;
            return this;
        }

        public Builder listener(RequestListener l) {
            this.listener = l;
            return this;
        }

        /** The clock that decides when a ticket is renewed (a fake one in tests). */
        public Builder clock(Clock c) {
            this.clock = c;
            return this;
        }

        public Builder ticketRenewAfter(Duration d) {
            this.ticketRenewAfter = d;
            return this;
        }

        public Builder taskSettings(TaskWaiter.Settings s) {
            this.taskSettings = s;
            return this;
        }

        public ProxmoxClient build() {
            return new ProxmoxClient(new ApiClient(new ClientOptions(endpoint, credentials, trust, connectTimeout,
                    responseTimeout, retry, listener, clock, ticketRenewAfter)), taskSettings);
        }
    }
}
