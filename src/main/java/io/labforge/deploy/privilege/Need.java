package io.labforge.deploy.privilege;

import java.util.List;

/**
 * One privilege a run needs.
 *
 * @param privilege e.g. {@code VM.PowerMgmt}
 * @param anyOf     ACL paths where holding it is enough (Proxmox accepts either), e.g. {@code /pool/lab} or {@code /vms}
 * @param grantOn   where to grant it when missing (the narrowest path that covers the lab)
 * @param why       what it is for, in plain words
 */
public record Need(String privilege, List<String> anyOf, String grantOn, String why) {

    public Need {
        anyOf = List.copyOf(anyOf);
        if (anyOf.isEmpty()) {
            throw new IllegalArgumentException("a need names at least one path");
        }
    }

    public static Need on(String privilege, String path, String why) {
        return new Need(privilege, List.of(path), path, why);
    }
}
