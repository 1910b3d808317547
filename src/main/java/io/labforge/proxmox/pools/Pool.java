package io.labforge.proxmox.pools;

import java.util.List;

/** A resource pool: the natural home of one deployed lab (ACLs on {@code /pool/<id>} reach its members). */
public record Pool(String poolid, String comment, List<PoolMember> members) {

    public Pool {
        members = members == null ? List.of() : List.copyOf(members);
    }
}
