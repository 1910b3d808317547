package io.labforge.sandbox.resource;

import io.labforge.sandbox.auth.Authenticator;
import io.labforge.sandbox.task.LatencyModel;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /access/ticket} (login) and {@code /access/permissions} (the caller's effective privileges). */
final class AccessResource {

    private AccessResource() {
    }

    static void register(Routes routes, Sim sim) {
        routes.on("GET", "/access/ticket", call -> null);
        routes.on("POST", "/access/ticket", call -> login(sim, call));
        routes.on("GET", "/access/permissions", call -> sim.acl().dump(call.opt("path").orElse(null)));
    }

    private static Object login(Sim sim, ApiCall call) {
        Authenticator.Login login;
        try {
            login = sim.auth().login(call.str("username"), call.opt("realm").orElse(null), call.str("password"));
        } catch (ApiException e) {
            try {
                sim.clock().sleep(LatencyModel.AUTH_FAILURE_DELAY);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
            throw e;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ticket", login.ticket());
        data.put("CSRFPreventionToken", login.csrf());
        data.put("username", login.username());
        data.put("cap", Map.of("vms", Map.of("VM.Audit", 1), "storage", Map.of("Datastore.Audit", 1)));
        if (sim.state().read(() -> sim.state().nodes().size()) > 1) {
            data.put("clustername", ClusterResource.CLUSTER_NAME);
        }
        return data;
    }
}
