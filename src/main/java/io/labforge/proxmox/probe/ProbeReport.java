package io.labforge.proxmox.probe;

import java.util.List;

/** What a Proxmox VE server offers a lab deployer, and what the caller's token lacks. */
public record ProbeReport(String endpoint, String principal, String version, String release, boolean quorate,
                          List<NodeInfo> nodes, List<StorageInfo> storages, List<Template> templates,
                          List<Media> isos, List<Media> containerTemplates, List<MissingPrivilege> missingPrivileges,
                          List<String> warnings) {

    public record NodeInfo(String node, String status, int cpus, double freeCpus, long memory, long freeMemory) {
    }

    public record StorageInfo(String node, String storage, String type, List<String> content, boolean shared,
                              long available, long total) {
    }

    /** A guest template: QEMU ({@code qemu}) or container ({@code lxc}). */
    public record Template(int vmid, String name, String type, String node) {
    }

    public record Media(String volid, String node, long size) {
    }

    public record MissingPrivilege(String privilege, String why, List<String> grantOn, boolean required) {
    }

    public ProbeReport {
        nodes = List.copyOf(nodes);
        storages = List.copyOf(storages);
        templates = List.copyOf(templates);
        isos = List.copyOf(isos);
        containerTemplates = List.copyOf(containerTemplates);
        missingPrivileges = List.copyOf(missingPrivileges);
        warnings = List.copyOf(warnings);
    }

    /** True if a lab can be deployed: quorum and every required privilege. */
    public boolean readyToDeploy() {
        return quorate && missingPrivileges.stream().noneMatch(MissingPrivilege::required);
    }
}
