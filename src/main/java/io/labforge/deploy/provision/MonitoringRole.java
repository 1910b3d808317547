package io.labforge.deploy.provision;

import io.labforge.model.Node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prometheus scraping node_exporter on every lab host, and Grafana with Prometheus provisioned as its datasource. */
final class MonitoringRole implements Role {

    static final String PROMETHEUS = "/etc/prometheus/prometheus.yml";
    static final String DATASOURCE = "/etc/grafana/provisioning/datasources/labforge.yaml";
    static final String GRAFANA_ADMIN = "/etc/labforge/secrets/grafana-admin";

    @Override
    public boolean appliesTo(Node node, LabFacts facts) {
        return node.kind().equals("monitoring");
    }

    @Override
    public RoleOutput render(Node mon, LabFacts facts) {
        return new RoleOutput()
                .packages("prometheus", "curl", "gnupg", "apt-transport-https")
                .file(GeneratedFile.config(mon.id(), "prometheus.yml", prometheus(mon, facts), PROMETHEUS))
                .file(GeneratedFile.config(mon.id(), "grafana-datasource.yaml", datasource(mon, facts), DATASOURCE).withMode(0640))
                .secret(SecretFile.generated("grafana-admin", GRAFANA_ADMIN))
                .step(ScriptStep.of("check and restart Prometheus",
                        "promtool check config " + PROMETHEUS,
                        "systemctl enable prometheus",
                        "systemctl restart prometheus"))
                .step(new ScriptStep("install Grafana with the Prometheus datasource", List.of(
                        "if ! dpkg -s grafana >/dev/null 2>&1; then",
                        "  install -d -m 0755 /etc/apt/keyrings",
                        "  curl -fsSL https://apt.grafana.com/gpg.key | gpg --dearmor --yes -o /etc/apt/keyrings/grafana.gpg",
                        "  echo 'deb [signed-by=/etc/apt/keyrings/grafana.gpg] https://apt.grafana.com stable main' > /etc/apt/sources.list.d/grafana.list",
                        "  apt-get update -q",
                        "  DEBIAN_FRONTEND=noninteractive apt-get install -y -q grafana",
                        "fi",
                        "chgrp grafana " + DATASOURCE,
                        "systemctl enable grafana-server",
                        "systemctl restart grafana-server",
                        "i=0; until curl -fs http://127.0.0.1:3000/api/health >/dev/null; do i=$((i+1));"
                                + " [ $i -lt 40 ] || { echo 'Grafana did not start' >&2; exit 1; }; sleep 3; done",
                        "grafana-cli --homepath /usr/share/grafana --config /etc/grafana/grafana.ini admin reset-admin-password"
                                + " \"$(cat " + GRAFANA_ADMIN + ")\" >/dev/null")))
                .service("prometheus");
    }

    String prometheus(Node mon, LabFacts facts) {
        RoleSettings role = new RoleSettings(mon);
        String interval = role.string("scrapeInterval").orElse("15s");
        if (!interval.matches("\\d+(ms|s|m|h)")) {
            throw role.error("scrapeInterval", "must be a duration like 15s or 1m", interval);
        }
        List<Map<String, Object>> targets = new ArrayList<>();
        for (Node n : facts.linuxGuests()) {
            facts.addressFrom(mon, n).ifPresent(ip -> {
                Map<String, Object> group = new LinkedHashMap<>();
                group.put("targets", List.of(ip + ":" + ZonePolicy.NODE_EXPORTER));
                Map<String, Object> labels = new LinkedHashMap<>();
                labels.put("instance", n.id());
                labels.put("kind", n.kind());
                group.put("labels", labels);
                targets.add(group);
            });
        }
        Map<String, Object> global = new LinkedHashMap<>();
        global.put("scrape_interval", interval);
        global.put("evaluation_interval", interval);
        global.put("external_labels", Map.of("lab", facts.slug()));
        Map<String, Object> self = new LinkedHashMap<>();
        self.put("job_name", "prometheus");
        self.put("static_configs", List.of(Map.of("targets", List.of("localhost:9090"))));
        Map<String, Object> nodes = new LinkedHashMap<>();
        nodes.put("job_name", "node");
        nodes.put("static_configs", targets);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("global", global);
        root.put("scrape_configs", List.of(self, nodes));
        return Role.header(facts, mon, "#") + Yaml.write(root);
    }

    String datasource(Node mon, LabFacts facts) {
        Map<String, Object> ds = new LinkedHashMap<>();
        ds.put("name", "Prometheus");
        ds.put("type", "prometheus");
        ds.put("access", "proxy");
        ds.put("url", "http://localhost:9090");
        ds.put("isDefault", true);
        ds.put("editable", false);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("apiVersion", 1);
        root.put("datasources", List.of(ds));
        return Role.header(facts, mon, "#") + Yaml.write(root);
    }
}
