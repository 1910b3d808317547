package io.labforge.kind;

import io.labforge.model.NetworkKind;
import io.labforge.model.Resources;

import java.util.EnumSet;
import java.util.Set;

/** Prometheus and Grafana, scraping every lab host. */
final class MonitoringKind extends BuiltinKind {

    MonitoringKind() {
        super("monitoring", "Monitoring", Category.SECURITY_MONITORING, "mdi2m-monitor-dashboard",
                BuiltinKind.INTERNAL, EnumSet.noneOf(Trait.class), Set.of("scrapeInterval", "retention"),
                new Flavor("prometheus-grafana", "Prometheus + Grafana", Realization.VM_FROM_TEMPLATE, new Resources(2, 4096, 40), Sources.DEBIAN_TEMPLATE));
    }
}
