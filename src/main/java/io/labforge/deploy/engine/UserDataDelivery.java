package io.labforge.deploy.engine;

import io.labforge.deploy.plan.Action;
import io.labforge.deploy.plan.Change;
import io.labforge.deploy.plan.DesiredGuest;
import io.labforge.deploy.plan.DesiredLab;
import io.labforge.deploy.plan.HostIntent;
import io.labforge.deploy.plan.Plan;
import io.labforge.deploy.plan.ResourceType;
import io.labforge.deploy.port.Cluster;
import io.labforge.deploy.port.ClusterException;
import io.labforge.deploy.port.GuestConfig;
import io.labforge.deploy.port.GuestType;
import io.labforge.deploy.port.SnippetStorage;
import io.labforge.deploy.provision.HostStep;
import io.labforge.deploy.provision.UserDataSnippets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives each VM its generated user-data: once a first plan has placed the guests, a host step per
 * VM writes the file into a snippets storage on the VM's node and the VM's cloud-init gets
 * {@code cicustom: user=STORAGE:snippets/FILE}. A node without such a storage is named in a warning.
 */
final class UserDataDelivery {

    /** Linux takes one argument of at most 128 KiB, and the whole command is one argument of {@code sh -c}. */
    static final int MAX_BYTES = 96 * 1024;

    final DesiredLab desired;
    final List<String> warnings;

    private UserDataDelivery(DesiredLab desired, List<String> warnings) {
        this.desired = desired;
        this.warnings = List.copyOf(warnings);
    }

    static UserDataDelivery of(DesiredLab desired, Plan placed, Cluster cluster) throws ClusterException {
        Map<String, String> userData = desired.host().userData();
        Map<String, Optional<SnippetStorage>> storages = new HashMap<>();
        List<HostStep> steps = new ArrayList<>(desired.host().steps());
        List<DesiredGuest> guests = new ArrayList<>();
        List<String> undelivered = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (DesiredGuest g : desired.guests()) {
            String content = userData.get(g.id());
            String node = nodeOf(placed, g.id());
            if (content == null || node == null || g.type() != GuestType.QEMU || g.config().cloudInit() == null) {
                guests.add(g);
                continue;
            }
            Optional<SnippetStorage> storage = storages.get(node);
            if (storage == null) {
                storage = cluster.snippetStorage(node);
                storages.put(node, storage);
            }
            if (storage.isEmpty() || storage.get().snippetsDirectory() == null) {
                undelivered.add(g.id() + " (" + node + ")");
                guests.add(g);
                continue;
            }
            if (content.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
                warnings.add("the cloud-init user-data of " + g.id() + " is larger than " + MAX_BYTES / 1024 + " KiB, too large to"
                        + " send as one command to the node: it is NOT delivered; copy it from labforge render to the node's snippets yourself");
                guests.add(g);
                continue;
            }
            String file = UserDataSnippets.fileName(desired.lab(), g.id(), content);
            String volume = UserDataSnippets.volume(storage.get().storage(), file);
            steps.add(UserDataSnippets.step(g.id(), node, volume, storage.get().snippetsDirectory(), file, content, g.networks()));
            GuestConfig c = g.config();
            guests.add(new DesiredGuest(g.id(), g.name(), g.type(), g.realization(), g.source(), g.pinnedNode(), g.pinnedVmid(),
                    new GuestConfig(c.cores(), c.memory(), c.diskGiB(), c.nics(), c.cloudInit().withUserData(volume), c.tags(),
                            c.description()),
                    g.firewall(), g.ready(), g.routes(), g.networks()));
        }
        if (!undelivered.isEmpty()) {
            warnings.add("the generated cloud-init user-data of " + String.join(", ", undelivered) + " is NOT delivered: "
                    + "no storage on that node holds snippets (Proxmox keeps cicustom files there), so the VMs get only "
                    + "user, SSH keys and addresses. Enable it, keeping the storage's other types, e.g. "
                    + "'pvesm set local --content iso,vztmpl,backup,snippets', then plan again (see docs/provisioning.md).");
        }
        HostIntent host = new HostIntent(steps, desired.host().problems(), userData);
        return new UserDataDelivery(new DesiredLab(desired.lab(), desired.tag(), desired.pool(), desired.storage(),
                desired.defaultNode(), guests, desired.bridges(), host, desired.provisionAfter(), desired.networks()), warnings);
    }

    private static String nodeOf(Plan placed, String guestId) {
        return placed.changes().stream()
                .filter(c -> c.type() == ResourceType.GUEST && c.id().equals(guestId) && c.action() != Action.DELETE)
                .map(Change::node).findFirst().orElse(null);
    }
}
