package io.labforge.deploy.adapter;

import io.labforge.deploy.port.AccessCheck;
import io.labforge.deploy.port.ClusterException;
import io.labforge.proxmox.ProxmoxClient;

import java.util.Set;

/**
 * The token's effective privileges, asked path by path ({@code GET /access/permissions?path=}) so the
 * server resolves inheritance and pool membership itself. Never cached: a grant made after a refusal
 * counts at the next check.
 */
final class ProxmoxAccess implements AccessCheck {

    private final ProxmoxClient client;
    private volatile Integer major;

    ProxmoxAccess(ProxmoxClient client) {
        this.client = client;
    }

    @Override
    public String principal() {
        return client.api().options().credentials().principal();
    }

    @Override
    public int majorVersion() {
        Integer m = major;
        if (m == null) {
            try {
                m = client.version().get().major();
            } catch (RuntimeException e) {
                m = 9; // the privilege names of the current release; the version call is retried next time
                return m;
            }
            major = m;
        }
        return m;
    }

    @Override
    public Set<String> privileges(String path) throws ClusterException {
        return Set.copyOf(Errors.call(() -> client.access().privileges(path)));
    }
}
