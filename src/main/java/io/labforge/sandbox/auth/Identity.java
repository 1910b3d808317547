package io.labforge.sandbox.auth;

/**
 * Who made a request.
 *
 * @param userid  e.g. {@code labforge@pve}
 * @param tokenid token name when authenticated by API token (e.g. {@code sandbox}), else null
 */
public record Identity(String userid, String tokenid) {

    /** As PVE writes it in UPIDs and task lists: {@code user@realm} or {@code user@realm!token}. */
    public String display() {
        return tokenid == null ? userid : userid + "!" + tokenid;
    }
}
