package io.labforge.proxmox.probe;

import io.labforge.proxmox.access.Permissions;

import java.util.ArrayList;
import java.util.List;

/**
 * The privileges a token needs to deploy a lab (API-NOTES §13), per PVE major version — PVE 9 replaced
 * {@code VM.Monitor} with {@code VM.GuestAgent.*} and rejects the old name.
 */
public final class RequiredPrivileges {

    /** A privilege, why it is needed, the ACL subtrees where granting it helps, and whether every lab needs it. */
    public record Need(String privilege, String why, List<String> roots, boolean required) {
    }

    private RequiredPrivileges() {
    }

    public static List<Need> forMajorVersion(int major) {
        List<String> guests = List.of("/vms", "/pool");
        List<Need> needs = new ArrayList<>();
        needs.add(new Need("VM.Allocate", "create, clone and delete guests", guests, true));
        needs.add(new Need("VM.Clone", "clone templates", guests, true));
        needs.add(new Need("VM.Audit", "read guest status and config", guests, true));
        for (String part : List.of("Disk", "CPU", "Memory", "Network", "Options", "Cloudinit", "HWType", "CDROM")) {
            needs.add(new Need("VM.Config." + part, "configure guests (" + part.toLowerCase() + ")", guests, true));
        }
        needs.add(new Need("VM.PowerMgmt", "start and stop guests", guests, true));
        needs.add(major >= 9
                ? new Need("VM.GuestAgent.Audit", "read guest IPs through the QEMU guest agent", guests, true)
                : new Need("VM.Monitor", "read guest IPs through the QEMU guest agent", guests, true));
        needs.add(new Need("Datastore.AllocateSpace", "create guest disks", List.of("/storage"), true));
        needs.add(new Need("Datastore.Audit", "list templates and ISO images", List.of("/storage"), true));
        needs.add(new Need("SDN.Use", "attach guests to bridges and vnets", List.of("/sdn"), true));
        needs.add(new Need("Pool.Allocate", "create the lab's pool", List.of("/pool"), true));
        needs.add(new Need("Pool.Audit", "list the lab's members", List.of("/pool"), true));
        needs.add(new Need("Sys.Audit", "read nodes, tasks and the cluster status", List.of("/nodes"), true));
        needs.add(new Need("Sys.Modify", "create Linux bridges on nodes", List.of("/nodes"), false));
        needs.add(new Need("SDN.Allocate", "create SDN zones, vnets and subnets", List.of("/sdn"), false));
        needs.add(new Need("Datastore.AllocateTemplate", "download ISO images and container templates", List.of("/storage"), false));
        return needs;
    }

    /** The needs not held on {@code /} nor anywhere inside one of their subtrees. */
    public static List<Need> lacking(Permissions permissions, int major) {
        return forMajorVersion(major).stream().filter(n -> !held(permissions, n)).toList();
    }

    private static boolean held(Permissions permissions, Need need) {
        if (permissions.has("/", need.privilege())) {
            return true;
        }
        return permissions.pathsWith(need.privilege()).stream()
                .anyMatch(path -> need.roots().stream().anyMatch(root -> path.equals(root) || path.startsWith(root + "/")));
    }
}
