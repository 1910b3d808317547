package io.labforge.proxmox.nodes.lxc;

import io.labforge.proxmox.Secret;
import io.labforge.proxmox.api.Params;
import io.labforge.proxmox.property.DiskSpec;
import io.labforge.proxmox.property.LxcNic;

import java.util.List;
import java.util.Map;

/**
 * {@code POST /nodes/{node}/lxc}. Always give {@code rootfs} (the default storage often lacks container
 * content). {@code sshPublicKeys} is plain text — unlike QEMU's {@code sshkeys} it is not pre-encoded.
 */
public record LxcCreate(int vmid, String ostemplate, String hostname, DiskSpec rootfs, Map<Integer, LxcNic> nics,
                        Integer memoryMb, Integer swapMb, Integer cores, Boolean unprivileged, Boolean nesting,
                        String pool, List<String> tags, List<String> sshPublicKeys, Secret password, Boolean start) {

    public static LxcCreate of(int vmid, String ostemplate, String hostname, DiskSpec rootfs) {
        return new LxcCreate(vmid, ostemplate, hostname, rootfs, Map.of(), null, null, null, null, null, null, null, null, null, null);
    }

    public LxcCreate withNic(int index, LxcNic nic) {
        var all = new java.util.TreeMap<>(nics);
        all.put(index, nic);
        return new LxcCreate(vmid, ostemplate, hostname, rootfs, all, memoryMb, swapMb, cores, unprivileged, nesting, pool,
                tags, sshPublicKeys, password, start);
    }

    public LxcCreate withResources(Integer memory, Integer swap, Integer cpuCores) {
        return new LxcCreate(vmid, ostemplate, hostname, rootfs, nics, memory, swap, cpuCores, unprivileged, nesting, pool,
                tags, sshPublicKeys, password, start);
    }

    public LxcCreate inPool(String poolId) {
        return new LxcCreate(vmid, ostemplate, hostname, rootfs, nics, memoryMb, swapMb, cores, unprivileged, nesting, poolId,
                tags, sshPublicKeys, password, start);
    }

    public LxcCreate withLogin(List<String> keys, Secret pw) {
        return new LxcCreate(vmid, ostemplate, hostname, rootfs, nics, memoryMb, swapMb, cores, unprivileged, nesting, pool,
                tags, keys, pw, start);
    }

    Params toParams() {
        Params p = Params.create().put("vmid", vmid).put("ostemplate", ostemplate).put("hostname", hostname)
                .put("rootfs", rootfs == null ? null : rootfs.format()).put("memory", memoryMb).put("swap", swapMb)
                .put("cores", cores).put("unprivileged", unprivileged).put("pool", pool).put("start", start)
                .put("features", Boolean.TRUE.equals(nesting) ? "nesting=1" : null)
                .put("tags", tags == null ? null : String.join(";", tags))
                .put("ssh-public-keys", sshPublicKeys == null ? null : String.join("\n", sshPublicKeys))
                .putSecret("password", password);
        nics.forEach((i, nic) -> p.put("net" + i, nic.format()));
        return p;
    }
}
