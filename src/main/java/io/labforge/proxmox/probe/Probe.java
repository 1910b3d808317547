package io.labforge.proxmox.probe;

import io.labforge.proxmox.ProxmoxClient;
import io.labforge.proxmox.api.ProxmoxException;
import io.labforge.proxmox.cluster.ClusterResource;
import io.labforge.proxmox.nodes.NodeSummary;
import io.labforge.proxmox.nodes.storage.StorageContent;
import io.labforge.proxmox.nodes.storage.StorageStatus;
import io.labforge.proxmox.version.PveVersion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Looks at a Proxmox VE server the way a deployer needs to before touching anything: version, quorum,
 * nodes with free CPU and memory, storages, templates, ISO images and container templates, and the
 * privileges the caller lacks. Only the version call must succeed; other failures become warnings
 * (a privilege-separated token often sees empty or forbidden lists).
 */
public final class Probe {

    private final ProxmoxClient client;
    private final List<String> warnings = new ArrayList<>();

    public Probe(ProxmoxClient client) {
        this.client = client;
    }

    /** @throws ProxmoxException if the server cannot be reached or the credentials are refused */
    public ProbeReport run() {
        PveVersion version = client.version().get();
        boolean quorate = attempt(() -> client.cluster().quorate(), true);
        if (!quorate) {
            warnings.add("the cluster has no quorum: reads work, but every create or change will fail");
        }
        List<NodeSummary> nodes = attempt(() -> client.nodes().list(), List.of());
        List<ProbeReport.StorageInfo> storages = new ArrayList<>();
        List<ProbeReport.Media> isos = new ArrayList<>();
        List<ProbeReport.Media> vztmpl = new ArrayList<>();
        Set<String> sharedSeen = new HashSet<>();
        for (NodeSummary node : nodes.stream().filter(NodeSummary::online).toList()) {
            for (StorageStatus s : attempt(() -> client.node(node.node()).storage().list(), List.<StorageStatus>of())) {
                boolean shared = s.shared() != null && s.shared() == 1;
                if (shared && !sharedSeen.add(s.storage())) {
                    continue; // a shared storage looks the same from every node
                }
                storages.add(new ProbeReport.StorageInfo(node.node(), s.storage(), s.type(), s.contentTypes(), shared, s.avail(), s.total()));
                if (s.isActive()) {
                    collect(node.node(), s, "iso", isos);
                    collect(node.node(), s, "vztmpl", vztmpl);
                }
            }
        }
        List<ProbeReport.Template> templates = attempt(() -> client.cluster().resources("vm"), List.<ClusterResource>of())
                .stream().filter(ClusterResource::isTemplate)
                .map(r -> new ProbeReport.Template(r.vmid(), r.name(), r.type(), r.node()))
                .sorted(Comparator.comparingInt(ProbeReport.Template::vmid)).toList();
        if (templates.isEmpty()) {
            warnings.add("no guest templates are visible (none exist, or the token lacks VM.Audit on them)");
        }
        List<ProbeReport.MissingPrivilege> missing = attempt(
                () -> RequiredPrivileges.lacking(client.access().permissions(), version.major()).stream()
                        .map(n -> new ProbeReport.MissingPrivilege(n.privilege(), n.why(), n.roots(), n.required())).toList(),
                List.of());
        return new ProbeReport(client.api().options().endpoint().toString(), client.api().options().credentials().principal(),
                version.version(), version.release(), quorate,
                nodes.stream().map(n -> new ProbeReport.NodeInfo(n.node(), n.status(), n.maxcpu(), n.freeCpus(), n.maxmem(), n.freeMemory())).toList(),
                storages, templates, isos, vztmpl, missing, warnings);
    }

    private void collect(String node, StorageStatus s, String type, List<ProbeReport.Media> into) {
        if (s.holds(type)) {
            for (StorageContent c : attempt(() -> client.node(node).storage().content(s.storage(), type),
                    List.<StorageContent>of())) {
                into.add(new ProbeReport.Media(c.volid(), node, c.size()));
            }
        }
    }

    private <T> T attempt(Supplier<T> call, T fallback) {
        try {
            return call.get();
        } catch (ProxmoxException e) {
            warnings.add(e.getMessage()); // already says "Unable to <what>: <why>"
            return fallback;
        }
    }
}
