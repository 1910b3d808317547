package io.labforge.io.export;

import io.labforge.deploy.plan.Macs;
import io.labforge.deploy.plan.Marker;
import io.labforge.io.LabFiles;
import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import io.labforge.model.Node;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenTofu export: a golden file for a lab with every kind of guest, and structural checks on
 * the sample homelab. (CI also parses both with HashiCorp's HCL library: .ci/check-tofu.sh.)
 */
class TofuExporterTest {

    static final Path DIR = Path.of(System.getProperty("labforge.project.dir", "."));
    static final Path MIXED = DIR.resolve("src/test/resources/io/labforge/io/export/tofu-mixed.yaml");
    static final Path HOMELAB = DIR.resolve("assets/samples/homelab.yaml");

    static String export(Lab lab) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TofuExporter().export(lab, ExportOptions.DEFAULT, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aLabWithEveryKindOfGuestGivesTheGoldenFile() throws Exception {
        String golden = Files.readString(DIR.resolve("src/test/resources/io/labforge/io/export/tofu-mixed.tf"));
        // To accept a deliberate change: labforge export tofu tofu-mixed.yaml -o tofu-mixed.tf, and review the diff.
        assertThat(export(LabFiles.read(MIXED))).isEqualTo(golden);
    }

    @Test
    void theSameLabGivesTheSameBytes() throws Exception {
        Lab lab = LabFiles.read(HOMELAB);
        assertThat(export(lab)).isEqualTo(export(LabFiles.read(HOMELAB)));
    }

    @Test
    void everyGuestIsOneResourceAndDocumentationOnlyNodesAreLeftOut() throws Exception {
        Lab lab = LabFiles.read(HOMELAB);
        String tf = export(lab);
        NodeKinds kinds = NodeKinds.builtin();
        for (Node n : lab.nodes()) {
            Pattern block = Pattern.compile("^resource \"proxmox_virtual_environment_(vm|container)\" \"" + Pattern.quote(n.id()) + "\" \\{$",
                    Pattern.MULTILINE);
            int count = (int) block.matcher(tf).results().count();
            assertThat(count).as(n.id()).isEqualTo(kinds.realization(n).isGuest() ? 1 : 0);
        }
        assertThat(tf).contains("resource \"proxmox_virtual_environment_pool\" \"lab\"", "pool_id = \"lab-homelab\"")
                .contains("resource \"proxmox_virtual_environment_network_linux_bridge\" \"vmbr1\"")
                .doesNotContain("network_linux_bridge\" \"vmbr0\"");
    }

    @Test
    void everyReferenceIsDeclared() throws Exception {
        String tf = export(LabFiles.read(HOMELAB)) + export(LabFiles.read(MIXED));
        Set<String> declared = names(tf, "^variable \"([a-z_]+)\" \\{$");
        Set<String> used = names(tf, "(?<!\\{)var\\.([a-z_]+)"); // not the escaped text $${var.x}
        assertThat(declared).containsAll(used);
        Set<String> resources = names(tf, "^resource \"([a-z_]+)\" \"([A-Za-z0-9_-]+)\" \\{$");
        Set<String> refs = names(tf, "= (proxmox_[a-z_]+)\\.([A-Za-z0-9_-]+)\\.[a-z_]+$");
        assertThat(resources).containsAll(refs);
        assertThat(refs).isNotEmpty();
    }

    @Test
    void bracesAndQuotesBalanceOnEveryLine() throws Exception {
        String tf = export(LabFiles.read(MIXED));
        int depth = 0;
        for (String line : tf.split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            String unescaped = line.replace("\\\\", "").replace("\\\"", "");
            assertThat(unescaped.chars().filter(c -> c == '"').count() % 2).as(line).isZero();
            String code = unescaped.replaceAll("\"[^\"]*\"", "\"\"");
            depth += code.chars().filter(c -> c == '{').count() - code.chars().filter(c -> c == '}').count();
            assertThat(depth).as(line).isNotNegative();
        }
        assertThat(depth).isZero();
    }

    @Test
    void noSecretIsWrittenOnlyVariablesForThem() throws Exception {
        String tf = export(LabFiles.read(HOMELAB));
        assertThat(tf).doesNotContain("password").doesNotContain("insecure")
                .contains("api_token = var.proxmox_api_token", "keys     = var.ssh_public_keys");
        String tokenVariable = tf.substring(tf.indexOf("variable \"proxmox_api_token\""));
        tokenVariable = tokenVariable.substring(0, tokenVariable.indexOf("}\n"));
        assertThat(tokenVariable).contains("sensitive   = true", "default     = null");
    }

    @Test
    void labTextCannotEndAStringOrStartAnInterpolation() {
        assertThat(Hcl.str("a \"b\" ${var.x} %{if} \\ \n")).isEqualTo("\"a \\\"b\\\" $${var.x} %%{if} \\\\ \\n\"");
        assertThat(Hcl.str("$5 and 100%")).isEqualTo("\"$5 and 100%\"");
    }

    @Test
    void macAddressesAndTagsAreTheOnesADeploySets() throws Exception {
        Lab lab = LabFiles.read(HOMELAB);
        String tf = export(lab);
        Node lb = lab.node("lb1").orElseThrow();
        assertThat(tf).contains("mac_address = \"" + Macs.derive(lab.name(), lb.id(), 0) + "\"",
                "mac_address = \"" + Macs.derive(lab.name(), lb.id(), 1) + "\"", "\"" + Marker.tag(lab.name()) + "\"",
                "description = " + Hcl.str(Marker.description(lab.name(), lb.id(), lb.description())));
        assertThat(TofuNames.slug("Mixed Lab!")).isEqualTo(Marker.slug("Mixed Lab!"));
    }

    @Test
    void resourceNamesAreValidIdentifiers() {
        TofuNames names = new TofuNames();
        assertThat(names.resource("web-1")).isEqualTo("web-1");
        assertThat(names.resource("1web")).isEqualTo("n_1web");
        assertThat(names.resource("n_1web")).isEqualTo("n_1web_2");
    }

    private static Set<String> names(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        Set<String> out = new LinkedHashSet<>();
        while (m.find()) {
            List<String> groups = new ArrayList<>();
            for (int i = 1; i <= m.groupCount(); i++) {
                groups.add(m.group(i));
            }
            out.add(String.join(".", groups));
        }
        return out;
    }
}
