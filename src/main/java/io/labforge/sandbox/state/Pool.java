package io.labforge.sandbox.state;

import java.util.TreeSet;

/** A resource pool: comment and members (guests by VMID, storages by ID). */
public final class Pool {

    private final String poolid;
    private String comment;
    private final TreeSet<Integer> vms = new TreeSet<>();
    private final TreeSet<String> storage = new TreeSet<>();

    public Pool(String poolid, String comment) {
        this.poolid = poolid;
        this.comment = comment;
    }

    public String poolid() {
        return poolid;
    }

    public String comment() {
        return comment;
    }

    public void comment(String text) {
        this.comment = text;
    }

    public TreeSet<Integer> vms() {
        return vms;
    }

    public TreeSet<String> storage() {
        return storage;
    }

    public boolean empty() {
        return vms.isEmpty() && storage.isEmpty();
    }
}
