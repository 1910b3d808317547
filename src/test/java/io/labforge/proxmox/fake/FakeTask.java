package io.labforge.proxmox.fake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A task on the fake server: each status poll reveals one more log line; after the last line it stops
 * with the given exit status. A DELETE stops it at once with "interrupted by signal".
 */
public final class FakeTask {

    public final String upid;
    private final List<String> lines;
    private final String exitStatus;
    private final AtomicInteger polls = new AtomicInteger();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final boolean endless;

    private FakeTask(String node, String type, String id, List<String> lines, String exitStatus, boolean endless) {
        this.upid = "UPID:" + node + ":0035D677:03AB00C3:66DC5987:" + type + ":" + id + ":deployer@pve!labforge:";
        this.lines = lines;
        this.exitStatus = exitStatus;
        this.endless = endless;
    }

    public static FakeTask finishing(String type, String id, List<String> lines, String exitStatus) {
        return new FakeTask("pve1", type, id, lines, exitStatus, false);
    }

    /** Runs until stopped, printing a progress line on every poll. */
    public static FakeTask endless(String type, String id) {
        return new FakeTask("pve1", type, id, new ArrayList<>(), "OK", true);
    }

    public FakeTask register(FakePveServer server) {
        String base = "/nodes/pve1/tasks/" + upid;
        server.on("GET " + base + "/status", r -> status());
        server.on("GET " + base + "/log", r -> log(Integer.parseInt(r.param("start"))));
        server.on("DELETE " + base, r -> {
            stopped.set(true);
            return FakeResponse.nullData();
        });
        return this;
    }

    public boolean wasStopped() {
        return stopped.get();
    }

    private synchronized int visible() {
        return endless ? lines.size() : Math.min(polls.get(), lines.size());
    }

    private synchronized FakeResponse status() {
        int p = polls.incrementAndGet();
        if (endless && !stopped.get()) {
            lines.add("progress " + p + "%");
        }
        boolean done = stopped.get() || !endless && p > lines.size();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("upid", upid);
        s.put("node", "pve1");
        s.put("status", done ? "stopped" : "running");
        if (done) {
            s.put("exitstatus", stopped.get() ? "interrupted by signal" : exitStatus);
        }
        return FakeResponse.data(s);
    }

    private synchronized FakeResponse log(int start) {
        int shown = visible();
        List<Map<String, Object>> out = new ArrayList<>();
        if (shown == 0) {
            out.add(Map.of("n", 1, "t", "no content"));
        }
        for (int i = start; i < shown; i++) {
            out.add(Map.of("n", i + 1, "t", lines.get(i)));
        }
        return FakeResponse.data(out);
    }
}
