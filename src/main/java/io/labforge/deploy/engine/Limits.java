package io.labforge.deploy.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts steps in flight per cap key; used by the single coordinating thread only. */
final class Limits {

    private final Caps caps;
    private final Map<String, Integer> inFlight = new HashMap<>();

    Limits(Caps caps) {
        this.caps = caps;
    }

    boolean tryAcquire(Step s) {
        List<String> keys = keys(s);
        for (String k : keys) {
            if (inFlight.getOrDefault(k, 0) >= cap(k)) {
                return false;
            }
        }
        keys.forEach(k -> inFlight.merge(k, 1, Integer::sum));
        return true;
    }

    void release(Step s) {
        keys(s).forEach(k -> inFlight.merge(k, -1, Integer::sum));
    }

    private List<String> keys(Step s) {
        List<String> k = new ArrayList<>();
        k.add("workers");
        switch (s.kind()) {
            case RESERVE, WAIT_READY, PROVISION, VERIFY, HOST, HOST_REMOVE -> { }
            case CREATE -> {
                k.add("api");
                k.add("create-node:" + s.node());
                k.add("create-storage:" + s.storage());
            }
            case START -> {
                k.add("api");
                k.add("start-node:" + s.node());
            }
            default -> k.add("api");
        }
        return k;
    }

    private int cap(String key) {
        if (key.equals("workers")) {
            return caps.workers();
        }
        if (key.equals("api")) {
            return caps.apiCalls();
        }
        if (key.startsWith("create-node:")) {
            return caps.createsPerNode();
        }
        if (key.startsWith("create-storage:")) {
            return caps.createsPerStorage();
        }
        return caps.startsPerNode();
    }
}
