package io.labforge.deploy.port;

import java.util.Set;

/** The caller's effective privileges on a cluster ({@code GET /access/permissions?path=}). */
public interface AccessCheck {

    /** Who is asking, e.g. {@code deployer@pve!labforge}: named in the grant commands. */
    String principal();

    /** Proxmox VE major version: PVE 9 replaced {@code VM.Monitor} with {@code VM.GuestAgent.*}. */
    int majorVersion();

    /** The privileges held on {@code path}, inherited ones (parent paths, pools) included. */
    Set<String> privileges(String path) throws ClusterException;
}
