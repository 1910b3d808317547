package io.labforge.sandbox.resource;

import io.labforge.sandbox.state.Guest;
import io.labforge.sandbox.state.GuestType;

import java.time.Instant;
import java.util.Map;

/**
 * The QEMU guest agent calls and LXC's {@code interfaces}. The agent answers only when configured, the VM runs,
 * its OS has the agent installed (cloud-init templates do, ISO installs such as pfSense do not) and it has booted.
 */
final class AgentResource {

    private AgentResource() {
    }

    static boolean configured(Guest g) {
        String agent = g.config().getOrDefault("agent", "0");
        return agent.equals("1") || agent.startsWith("1,") || agent.contains("enabled=1");
    }

    static void register(Routes routes, Sim sim, Addresses addresses) {
        String base = "/nodes/{node}/qemu/{vmid}/agent";
        routes.on("POST", base + "/ping", call -> agent(sim, call, g -> Map.of()));
        routes.on("GET", base + "/network-get-interfaces", call -> agent(sim, call, addresses::interfaces));
        routes.on("GET", base + "/get-host-name", call -> agent(sim, call, g -> Map.of("host-name", g.name())));
        routes.on("GET", base + "/get-osinfo", call -> agent(sim, call, g -> Map.of("id", "debian", "name", "Debian GNU/Linux",
                "kernel-release", "6.1.0-28-amd64", "machine", "x86_64", "pretty-name", "Debian GNU/Linux 12 (bookworm)")));
        routes.on("GET", base + "/info", call -> agent(sim, call, g -> Map.of("version", "7.2.15")));
        routes.on("GET", "/nodes/{node}/lxc/{vmid}/interfaces", call -> sim.state().read(() -> {
            Guest g = sim.state().guest(GuestType.LXC, call.node(), call.vmid());
            if (!g.running()) {
                throw ApiException.fail("CT " + g.vmid() + " not running");
            }
            return addresses.interfaces(g).stream().map(i -> {
                Map<String, Object> m = new java.util.LinkedHashMap<>(i);
                m.put("hwaddr", m.remove("hardware-address"));
                m.remove("statistics");
                return m;
            }).toList();
        }));
    }

    private static Object agent(Sim sim, ApiCall call, java.util.function.Function<Guest, Object> answer) {
        return sim.state().read(() -> {
            Guest g = sim.state().guest(GuestType.QEMU, call.node(), call.vmid());
            if (!configured(g)) {
                throw ApiException.fail("No QEMU guest agent configured");
            }
            if (!g.running()) {
                throw ApiException.fail("VM " + g.vmid() + " is not running");
            }
            if (!g.agentSoftware() || Instant.now().isBefore(g.agentReadyAt())) {
                throw ApiException.fail("QEMU guest agent is not running");
            }
            return Map.of("result", answer.apply(g));
        });
    }
}
