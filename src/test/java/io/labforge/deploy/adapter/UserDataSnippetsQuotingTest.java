package io.labforge.deploy.adapter;

import io.labforge.deploy.provision.HostStep;
import io.labforge.deploy.provision.UserDataSnippets;
import io.labforge.sandbox.Sandbox;
import io.labforge.sandbox.SandboxConfig;
import io.labforge.sandbox.host.SandboxHosts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Lab text in a snippet step reaches the node's shell only quoted: names are reduced, content is data. */
class UserDataSnippetsQuotingTest {

    static final String HOSTILE = "vm1'; rm -rf / #$(reboot)`id`";

    @Test
    void hostileNamesAndContentAreWrittenVerbatimAndNothingElseRuns() {
        String content = "#cloud-config\nruncmd: [ \"echo '$(reboot)'; `id`\" ]\n" + HOSTILE + "\n";
        String file = UserDataSnippets.fileName("Lab 'x'; rm", HOSTILE, content);
        assertThat(file).matches("labforge-lab-x-rm-vm1-rm-rf-reboot-id-[0-9a-f]{8}\\.yaml");
        String volume = UserDataSnippets.volume("local", file);
        HostStep step = UserDataSnippets.step(HOSTILE, "pve", volume, "/var/lib/vz/snippets", file, content, List.of("lab"));
        assertThat(step.key()).isEqualTo("pve:user-data:" + HOSTILE);

        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withPort(0).withNodes(List.of("pve")))) {
            SandboxHosts hosts = sandbox.hosts();
            List<String> before = hosts.files("pve");
            assertThat(hosts.run("pve", step.checkCommand()).status()).isNotZero();
            assertThat(hosts.run("pve", step.applyCommand()).status()).isZero();
            String path = "/var/lib/vz/snippets/" + file;
            assertThat(hosts.file("pve", path)).contains(content);
            assertThat(hosts.files("pve")).containsExactlyInAnyOrderElementsOf(concat(before, path));
            assertThat(sandbox.inspect().storageContent("local")).contains(volume);
            assertThat(hosts.run("pve", step.checkCommand()).status()).isZero();
            assertThat(hosts.run("pve", step.removeCommand()).status()).isZero();
            assertThat(hosts.files("pve")).containsExactlyInAnyOrderElementsOf(before);
            assertThat(sandbox.inspect().storageContent("local")).doesNotContain(volume);
        }
    }

    @Test
    void aStorageIdThatIsNotOneIsRefused() {
        assertThatThrownBy(() -> UserDataSnippets.volume("local; rm -rf /", "f.yaml")).hasMessageContaining("not a Proxmox storage id");
        assertThatThrownBy(() -> UserDataSnippets.step("vm1", "pve", "local:snippets/f.yaml", "relative/dir", "f.yaml", "x", List.of()))
                .hasMessageContaining("not an absolute path");
    }

    private static List<String> concat(List<String> a, String b) {
        List<String> out = new java.util.ArrayList<>(a);
        out.add(b);
        return out;
    }
}
