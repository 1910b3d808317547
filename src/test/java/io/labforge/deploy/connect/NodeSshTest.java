package io.labforge.deploy.connect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NodeSshTest {

    @Test
    void userHostAndPortOrJustTheUserForTheUrlsHost() throws Exception {
        assertThat(NodeSsh.parse("root@pve.lan:2222", "https://10.0.0.5:8006", "pve")).isEqualTo(new NodeSsh("root", "pve.lan", 2222, "pve"));
        assertThat(NodeSsh.parse("root", "https://pve.example:8006", "pve").label("pve")).isEqualTo("root@pve.example:22");
        NodeSsh ssh = NodeSsh.parse("root@192.168.1.10", null, "pve");
        assertThat(ssh.label("pve")).isEqualTo("root@192.168.1.10:22");
        assertThat(ssh.label("pve2")).as("other cluster nodes by their name").isEqualTo("root@pve2:22");
    }

    @Test
    void anythingAShellCouldMisreadIsRefused() {
        assertThatThrownBy(() -> NodeSsh.parse("root;reboot@pve", null, "pve")).hasMessageContaining("is not a user name");
        assertThatThrownBy(() -> NodeSsh.parse("root@pve$(id)", null, "pve")).hasMessageContaining("is not a host name");
        assertThatThrownBy(() -> NodeSsh.parse("root@pve:99999", null, "pve")).hasMessageContaining("1-65535");
        assertThatThrownBy(() -> NodeSsh.parse("root", null, "pve")).hasMessageContaining("no host given");
    }
}
