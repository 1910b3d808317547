package io.labforge.sandbox.resource;

import io.labforge.sandbox.state.DiskSpec;
import io.labforge.sandbox.state.FileLock;
import io.labforge.sandbox.state.Guest;
import io.labforge.sandbox.state.GuestType;
import io.labforge.sandbox.state.SimState;
import io.labforge.sandbox.state.SimStorage;
import io.labforge.sandbox.task.SimClock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/** Helpers shared by the QEMU and LXC resources: lookups, locks, MACs, disk allocation, pools. */
final class GuestSupport {

    static final Set<String> NIC_MODELS = Set.of("virtio", "e1000", "e1000e", "e1000-82540em", "e1000-82544gc",
            "e1000-82545em", "i82551", "i82557b", "i82559er", "ne2k_isa", "ne2k_pci", "pcnet", "rtl8139", "vmxnet3");

    private GuestSupport() {
    }

    static Guest guest(Sim sim, GuestType type, ApiCall call) {
        return sim.state().read(() -> sim.state().guest(type, call.node(), call.vmid()));
    }

    /** Takes a guest's lock file or fails with PVE's "can't lock file ... - got timeout". */
    static void lockFile(FileLock lock, boolean exclusive, double timeoutSeconds, SimClock clock) {
        try {
            if (!lock.acquire(exclusive, clock.millis(timeoutSeconds))) {
                throw ApiException.fail(lock.timeoutMessage());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.fail("interrupted while waiting for " + lock.path());
        }
    }

    static void checkUnlocked(Guest g) {
        if (g.lock() != null) {
            throw ApiException.fail(g.lockedMessage());
        }
    }

    /** The guest options of a create/update call (everything but path and control parameters). */
    static Map<String, String> options(ApiCall call, Set<String> control) {
        Map<String, String> out = new LinkedHashMap<>();
        call.params().forEach((k, v) -> {
            if (!control.contains(k)) {
                out.put(k, v instanceof Boolean b ? (b ? "1" : "0") : String.valueOf(v));
            }
        });
        return out;
    }

    /** QEMU {@code netN}: keeps a MAC the caller gave, generates one (BC:24:11:...) otherwise; normalises to model=MAC. */
    static String qemuNic(SimState state, String spec) {
        String model = null;
        String mac = null;
        List<String> rest = new ArrayList<>();
        for (String part : spec.split(",")) {
            int eq = part.indexOf('=');
            String key = eq < 0 ? null : part.substring(0, eq);
            if (key == null) {
                model = part;
            } else if (key.equals("model")) {
                model = part.substring(eq + 1);
            } else if (key.equals("macaddr")) {
                mac = part.substring(eq + 1);
            } else if (NIC_MODELS.contains(key)) {
                model = key;
                mac = part.substring(eq + 1);
            } else {
                rest.add(part);
            }
        }
        StringBuilder out = new StringBuilder(model).append('=').append(mac == null ? state.newMac() : mac.toUpperCase());
        rest.forEach(p -> out.append(',').append(p));
        return out.toString();
    }

    /** LXC {@code netN}: adds {@code hwaddr} when missing. */
    static String lxcNic(SimState state, String spec) {
        return spec.contains("hwaddr=") ? spec : spec + ",hwaddr=" + state.newMac();
    }

    static String nicMac(String spec) {
        for (String part : spec.split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0 && (NIC_MODELS.contains(part.substring(0, eq)) || part.startsWith("hwaddr=") || part.startsWith("macaddr="))) {
                return part.substring(eq + 1);
            }
        }
        return null;
    }

    static String nicBridge(String spec) {
        for (String part : spec.split(",")) {
            if (part.startsWith("bridge=")) {
                return part.substring("bridge=".length());
            }
        }
        return null;
    }

    /**
     * Turns disk requests ({@code local-lvm:32}, {@code local-lvm:cloudinit}) into volumes of this guest and checks
     * referenced ISOs and templates exist. Returns the storage of each new volume (for storage locking).
     */
    static List<String> allocateDisks(SimState state, Guest g, Map<String, String> opts) {
        List<String> allocated = new ArrayList<>();
        String contentType = g.type() == GuestType.QEMU ? "images" : "rootdir";
        for (Map.Entry<String, String> e : opts.entrySet()) {
            if (!DiskSpec.isDiskKey(e.getKey()) || e.getKey().startsWith("unused")) {
                continue;
            }
            String spec = e.getValue();
            String file = DiskSpec.file(spec);
            Matcher m = DiskSpec.newVolume(spec);
            if (m != null) {
                SimStorage storage = state.storage(m.group(1));
                requireContent(storage, contentType);
                long bytes = (long) (Double.parseDouble(m.group(2)) * (1L << 30));
                String volume = m.group(1) + ":vm-" + g.vmid() + "-disk-" + nextDiskIndex(g, opts);
                e.setValue(DiskSpec.withSize(volume + DiskSpec.options(spec), bytes));
                allocated.add(m.group(1));
            } else if (file.endsWith(":cloudinit")) {
                String storage = file.substring(0, file.indexOf(':'));
                requireContent(state.storage(storage), "images");
                e.setValue(storage + ":vm-" + g.vmid() + "-cloudinit,media=cdrom");
                allocated.add(storage);
            } else if (!file.equals("none") && !file.equals("cdrom") && file.contains(":")) {
                String storage = file.substring(0, file.indexOf(':'));
                SimStorage s = state.storage(storage);
                boolean known = s.files().stream().anyMatch(v -> v.volid().equals(file))
                        || state.disks(storage).stream().anyMatch(v -> v.volid().equals(file));
                if (!known) {
                    throw ApiException.fail("volume '" + file + "' does not exist");
                }
            }
        }
        return allocated;
    }

    private static void requireContent(SimStorage storage, String content) {
        if (!storage.supports(content)) {
            throw ApiException.fail("storage '" + storage.id() + "' does not support content-type '" + content + "'");
        }
    }

    private static int nextDiskIndex(Guest g, Map<String, String> pendingOpts) {
        int n = 0;
        while (true) {
            String name = "vm-" + g.vmid() + "-disk-" + n;
            boolean used = g.effectiveConfig().values().stream().anyMatch(v -> DiskSpec.file(v).endsWith(":" + name))
                    || pendingOpts.values().stream().anyMatch(v -> DiskSpec.file(v).endsWith(":" + name));
            if (!used) {
                return n;
            }
            n++;
        }
    }

    static void checkPool(SimState state, String pool) {
        if (pool != null && !state.pools().containsKey(pool)) {
            throw new ApiException(403, "pool '" + pool + "' does not exist", Map.of());
        }
    }

    static void joinPool(SimState state, Guest g, String pool) {
        if (pool != null) {
            state.pools().get(pool).vms().add(g.vmid());
            g.pool(pool);
        }
    }

    static void leavePool(SimState state, Guest g) {
        if (g.pool() != null && state.pools().containsKey(g.pool())) {
            state.pools().get(g.pool()).vms().remove(g.vmid());
        }
        g.pool(null);
    }

    /** PVE's sync "already exists" answer for a VMID in use anywhere in the cluster. */
    static void requireFree(SimState state, int vmid, String node) {
        Guest other = state.guests().get(vmid);
        if (other != null) {
            throw ApiException.fail("unable to create " + (other.type() == GuestType.QEMU ? "VM " : "CT ") + vmid
                    + " - VM " + vmid + " already exists on node '" + other.node() + "'");
        }
    }
}
