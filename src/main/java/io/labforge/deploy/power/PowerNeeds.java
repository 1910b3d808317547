package io.labforge.deploy.power;

import io.labforge.deploy.port.ReadyCheck;
import io.labforge.deploy.privilege.Need;

import java.util.ArrayList;
import java.util.List;

/** The privileges a start or stop needs: power and status on each guest, and its agent when a start waits for it. */
final class PowerNeeds {

    private PowerNeeds() {
    }

    static List<Need> of(PowerPlan plan, int major) {
        List<Need> out = new ArrayList<>();
        for (PowerTarget g : plan.guests()) {
            String path = "/vms/" + g.ref().vmid();
            String grantOn = g.pool() == null ? path : "/pool/" + g.pool();
            out.add(new Need("VM.PowerMgmt", List.of(path), grantOn, plan.direction().verb() + " " + g.id()));
            out.add(new Need("VM.Audit", List.of(path), grantOn, "read the status of " + g.id()));
            if (plan.direction() == Direction.START && g.ready() != null && g.ready().mode() == ReadyCheck.Mode.AGENT) {
                out.add(new Need(major >= 9 ? "VM.GuestAgent.Audit" : "VM.Monitor", List.of(path), grantOn,
                        "read the addresses of " + g.id() + " from its guest agent"));
            }
        }
        return out;
    }
}
