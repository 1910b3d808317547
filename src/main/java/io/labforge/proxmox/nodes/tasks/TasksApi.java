package io.labforge.proxmox.nodes.tasks;

import com.fasterxml.jackson.core.type.TypeReference;
import io.labforge.proxmox.api.ApiClient;
import io.labforge.proxmox.api.ApiRequest;
import io.labforge.proxmox.api.Params;
import io.labforge.proxmox.api.ProxmoxException;

import java.util.List;

/** {@code /nodes/{node}/tasks}: status, log and stop of a task. The node is taken from the UPID. */
public final class TasksApi {

    private final ApiClient api;

    public TasksApi(ApiClient api) {
        this.api = api;
    }

    /** Sends a request that starts a task and returns the task's ID. */
    public static Upid submit(ApiClient api, ApiRequest request) {
        String text = api.call(request).asText("");
        if (!Upid.looksLikeUpid(text)) {
            throw new ProxmoxException("Unable to " + request.action() + ": the server answered without a task ID ("
                    + (text.isEmpty() ? "empty" : text) + ")");
        }
        return Upid.parse(text);
    }

    public TaskStatus status(Upid upid) {
        return api.call(ApiRequest.get("/nodes/{node}/tasks/{upid}/status", upid.node(), upid.value())
                .action("read the status of task " + upid.type() + " " + upid.id()), TaskStatus.class);
    }

    /**
     * Log lines after the first {@code start} lines; {@code limit} 0 means all of them.
     */
    public List<TaskLogLine> log(Upid upid, int start, int limit) {
        return api.call(ApiRequest.get("/nodes/{node}/tasks/{upid}/log", upid.node(), upid.value())
                .with(Params.create().put("start", start).put("limit", limit))
                .action("read the log of task " + upid.type() + " " + upid.id()), new TypeReference<List<TaskLogLine>>() { });
    }

    /** Asks the worker to terminate; the task then ends with an error status. */
    public void stop(Upid upid) {
        api.call(ApiRequest.delete("/nodes/{node}/tasks/{upid}", upid.node(), upid.value())
                .idempotent(true).action("stop task " + upid.type() + " " + upid.id()));
    }
}
