package io.labforge.deploy.privilege;

import io.labforge.deploy.port.NicConfig;
import io.labforge.deploy.port.ReadyCheck;

import java.util.List;

/** The privileges of the things done to one guest (API-NOTES §13.1). */
final class GuestNeeds {

    private final List<Need> into;
    private final int major;

    GuestNeeds(List<Need> into, int major) {
        this.into = into;
        this.major = major;
    }

    /** Reading status and config. */
    void audit(String id, Paths at) {
        add("VM.Audit", at, "read the status and config of " + id);
    }

    void power(String id, Paths at) {
        add("VM.PowerMgmt", at, "start and stop " + id);
    }

    /** Readiness through the guest agent (addresses); PVE 8 called it VM.Monitor. */
    void ready(String id, ReadyCheck check, Paths at) {
        if (check != null && check.mode() == ReadyCheck.Mode.AGENT) {
            add(major >= 9 ? "VM.GuestAgent.Audit" : "VM.Monitor", at, "read the addresses of " + id + " from its guest agent");
        }
    }

    void configure(String id, Paths at, boolean cloudInit) {
        for (String part : List.of("CPU", "Memory", "Network", "Options")) {
            add("VM.Config." + part, at, "configure " + id);
        }
        if (cloudInit) {
            add("VM.Config.Cloudinit", at, "set the cloud-init settings of " + id);
        }
    }

    void disk(String id, Paths at) {
        add("VM.Config.Disk", at, "size the disks of " + id);
    }

    void allocate(String id, Paths at, String what) {
        add("VM.Allocate", at, what + " " + id);
    }

    void bridges(String id, List<NicConfig> nics) {
        for (NicConfig n : nics) {
            String path = "/sdn/zones/localnetwork/" + n.bridge() + (n.vlan() == null ? "" : "/" + n.vlan());
            into.add(new Need("SDN.Use", List.of(path), "/sdn/zones/localnetwork/" + n.bridge(),
                    "attach " + id + " to bridge " + n.bridge() + (n.vlan() == null ? "" : " VLAN " + n.vlan())));
        }
    }

    private void add(String privilege, Paths at, String why) {
        into.add(new Need(privilege, at.anyOf(), at.grantOn(), why));
    }

    /** Where a guest's privileges count: its own path, or the pool / {@code /vms} for one not made yet. */
    record Paths(List<String> anyOf, String grantOn) {

        static Paths existing(int vmid, String pool) {
            return new Paths(List.of("/vms/" + vmid), pool != null ? "/pool/" + pool : "/vms/" + vmid);
        }

        static Paths fresh(String pool) {
            return new Paths(List.of("/pool/" + pool, "/vms"), "/pool/" + pool);
        }
    }
}
