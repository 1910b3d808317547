package io.labforge.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.labforge.app.DeploySession;
import io.labforge.deploy.engine.CancelToken;
import io.labforge.deploy.engine.RunResult;
import io.labforge.deploy.plan.LabIntent;
import io.labforge.deploy.port.ClusterException;
import io.labforge.deploy.power.Direction;
import io.labforge.deploy.power.PowerOptions;
import io.labforge.deploy.power.PowerPlan;
import io.labforge.deploy.power.PowerTarget;
import io.labforge.deploy.power.Tier;
import io.labforge.kind.NodeKinds;
import io.labforge.deploy.provision.Overrides;
import io.labforge.model.Lab;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What {@code start} and {@code stop} share: read the lab, connect, plan the tiers, check privileges, run, report. */
final class PowerRun {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PowerRun() {
    }

    static int run(Direction direction, Path file, ConnectionOptions connection, PowerOptions options, boolean json,
                   boolean taskLog, PrintWriter out, PrintWriter err) {
        String command = direction.verb();
        Optional<DeploySupport.LabInput> input = DeploySupport.read(file, err);
        if (input.isEmpty()) {
            return LabforgeCli.BAD_INPUT;
        }
        Lab lab = input.get().lab();
        Overrides overrides = input.get().overrides();
        Optional<DeploySession> session = DeploySupport.open(lab, connection, err, command);
        if (session.isEmpty()) {
            return LabforgeCli.BAD_INPUT;
        }
        PrintWriter human = json ? err : out;
        try {
            PowerPlan plan = session.get().power().plan(lab, NodeKinds.builtin(),
                    LabIntent.of(lab, NodeKinds.builtin(), session.get().options().withOverrides(overrides)), direction);
            print(plan, human);
            if (!plan.blockers().isEmpty()) {
                plan.blockers().forEach(b -> err.println("labforge " + command + ": refused: " + b));
                if (json) {
                    out.println(JSON.writeValueAsString(Map.of("outcome", "refused", "blockers", plan.blockers())));
                }
                return LabforgeCli.PROBLEMS;
            }
            if (plan.guests().isEmpty()) {
                human.println("Nothing to " + command + ": none of the lab's guests is deployed.");
                if (json) {
                    out.println(JSON.writeValueAsString(Map.of("outcome", "succeeded", "tiers", List.of())));
                }
                return LabforgeCli.OK;
            }
            CancelToken cancel = new CancelToken();
            Thread hook = new Thread(() -> cancel.cancel(false), "labforge-cancel");
            Runtime.getRuntime().addShutdownHook(hook);
            RunResult r = session.get().power().run(plan, options, cancel, new ProgressPrinter(human, taskLog));
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // already shutting down: the hook has cancelled the run
            }
            r.failures().forEach(f -> human.println("  failed: " + f));
            r.addresses().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> human.println("  " + e.getKey() + ": " + e.getValue()));
            if (json) {
                out.println(JSON.writeValueAsString(result(plan, r)));
            }
            return r.succeeded() ? LabforgeCli.OK : LabforgeCli.PROBLEMS;
        } catch (ClusterException | IOException e) {
            err.println("labforge " + command + ": unable to read the cluster: " + e.getMessage());
            return LabforgeCli.PROBLEMS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("labforge " + command + ": interrupted");
            return LabforgeCli.PROBLEMS;
        } finally {
            DeploySupport.close(session.get());
        }
    }

    /** The tiers in the order they will run, one line each. */
    static void print(PowerPlan plan, PrintWriter out) {
        out.println((plan.direction() == Direction.START ? "Start" : "Stop") + " lab '" + plan.lab() + "': " + plan.summary());
        for (Tier t : plan.tiers()) {
            out.println("  tier " + t.number() + ": " + String.join(", ", t.guests().stream().map(PowerRun::guest).toList()));
        }
        plan.warnings().forEach(w -> out.println("  warning: " + w));
        out.flush();
    }

    private static String guest(PowerTarget g) {
        return g.id() + " (" + g.ref().vmid() + ", " + g.status().name().toLowerCase() + ")";
    }

    private static Map<String, Object> result(PowerPlan plan, RunResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("outcome", r.outcome().name().toLowerCase());
        m.put("direction", plan.direction().verb());
        m.put("tiers", plan.tiers().stream().map(t -> {
            Map<String, Object> tier = new LinkedHashMap<>();
            tier.put("tier", t.number());
            tier.put("guests", t.ids());
            return tier;
        }).toList());
        m.put("failures", r.failures());
        m.put("addresses", r.addresses());
        m.put("warnings", plan.warnings());
        m.put("seconds", r.took().toMillis() / 1000.0);
        return m;
    }
}
