package io.labforge.sandbox.resource;

import io.labforge.sandbox.task.Task;
import io.labforge.sandbox.task.Upid;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /nodes/{node}/tasks...}: list, status, log (start/limit), stop. */
final class TaskResource {

    private TaskResource() {
    }

    static void register(Routes routes, Sim sim) {
        routes.on("GET", "/nodes/{node}/tasks", call -> list(sim, call.node(), call));
        routes.on("GET", "/nodes/{node}/tasks/{upid}", call -> List.of(Map.of("name", "log"), Map.of("name", "status")));
        routes.on("GET", "/nodes/{node}/tasks/{upid}/status", call -> status(find(sim, call)));
        routes.on("GET", "/nodes/{node}/tasks/{upid}/log", call -> log(find(sim, call), call));
        routes.on("DELETE", "/nodes/{node}/tasks/{upid}", call -> {
            sim.tasks().stop(find(sim, call));
            return null;
        });
    }

    private static Task find(Sim sim, ApiCall call) {
        String text = call.str("upid");
        Upid upid = Upid.parse(text);
        if (upid == null) {
            throw ApiException.param("upid", "unable to parse worker upid '" + text + "'");
        }
        Task task = sim.tasks().find(text);
        if (task == null || !upid.node().equals(call.node())) {
            throw ApiException.fail("no such task");
        }
        return task;
    }

    static Map<String, Object> status(Task task) {
        Upid u = task.upid();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("upid", u.toString());
        m.put("node", u.node());
        m.put("pid", u.pid());
        m.put("pstart", u.pstart());
        m.put("starttime", u.starttime());
        m.put("type", u.type());
        m.put("id", u.id());
        m.put("user", u.user());
        String exit = task.exitstatus();
        m.put("status", exit == null ? "running" : "stopped");
        if (exit != null) {
            m.put("exitstatus", exit);
        }
        return m;
    }

    private static Envelope log(Task task, ApiCall call) {
        List<String> lines = task.log();
        if (lines.isEmpty()) {
            lines = List.of("no content");
        }
        int start = call.integer("start", 0);
        int limit = call.integer("limit", 50);
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = start; i < lines.size() && (limit == 0 || out.size() < limit); i++) {
            out.add(Map.of("n", i + 1, "t", lines.get(i)));
        }
        return new Envelope(out, Map.of("total", lines.size()));
    }

    static List<Map<String, Object>> list(Sim sim, String node, ApiCall call) {
        List<Map<String, Object>> out = new ArrayList<>();
        String vmid = call.opt("vmid").orElse(null);
        String type = call.opt("typefilter").orElse(null);
        String source = call.opt("source").orElse("archive");
        boolean errorsOnly = call.flag("errors");
        List<Task> all = new ArrayList<>(sim.tasks().all());
        java.util.Collections.reverse(all);
        for (Task t : all) {
            Upid u = t.upid();
            boolean running = t.running();
            if (node != null && !u.node().equals(node) || vmid != null && !vmid.equals(u.id())
                    || type != null && !type.equals(u.type()) || source.equals("active") && !running
                    || source.equals("archive") && running && node != null
                    || errorsOnly && (running || "OK".equals(t.exitstatus()))) {
                continue;
            }
            Map<String, Object> m = status(t);
            if (t.endtime() != null) {
                m.put("endtime", t.endtime().getEpochSecond());
            }
            m.remove("exitstatus");
            if (!running) {
                m.put("status", t.exitstatus());
            }
            out.add(m);
        }
        int start = call.integer("start", 0);
        int limit = call.integer("limit", 50);
        return out.subList(Math.min(start, out.size()), Math.min(out.size(), start + (limit == 0 ? out.size() : limit)));
    }
}
