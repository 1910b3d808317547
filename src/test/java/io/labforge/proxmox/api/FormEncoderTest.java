package io.labforge.proxmox.api;

import io.labforge.proxmox.Secret;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FormEncoderTest {

    @Test
    void booleansAreOneAndZero() {
        Params p = Params.create().put("full", true).put("start", false);
        assertThat(FormEncoder.encode(p.wire())).isEqualTo("full=1&start=0");
    }

    @Test
    void propertyStringsSurvivePvesSplitOnAmpersandSemicolonAndEquals() {
        Params p = Params.create().put("net0", "virtio=BC:24:11:00:00:01,bridge=vmbr1").put("boot", "order=scsi0;net0");
        String body = FormEncoder.encode(p.wire());
        assertThat(body).isEqualTo("net0=virtio%3DBC%3A24%3A11%3A00%3A00%3A01%2Cbridge%3Dvmbr1&boot=order%3Dscsi0%3Bnet0");
        assertThat(body.split("[&;]")).hasSize(2);
    }

    @Test
    void spacesArePercentTwentyNotPlus() {
        assertThat(FormEncoder.encode("a b+c")).isEqualTo("a%20b%2Bc");
    }

    @Test
    void sshKeysAreEncodedTwiceOnTheWire() {
        String keys = FormEncoder.sshKeysValue(List.of("ssh-ed25519 AAAAC3Nz+/x= alice@lab", "ssh-rsa AAAB bob@lab"));
        // the option value itself only uses the characters the 'urlencoded' format allows
        assertThat(keys).matches("[-%a-zA-Z0-9_.!~*'()]+");
        assertThat(URLDecoder.decode(keys, StandardCharsets.UTF_8)).isEqualTo("ssh-ed25519 AAAAC3Nz+/x= alice@lab\nssh-rsa AAAB bob@lab");
        String wire = FormEncoder.encode(Map.of("sshkeys", List.of(keys)));
        assertThat(wire).startsWith("sshkeys=ssh-ed25519%2520AAAAC3Nz%252B%252Fx%253D%2520alice%2540lab%250A");
    }

    @Test
    void secretsAreMaskedForListeners() {
        Params p = Params.create().put("username", "root@pam").putSecret("password", Secret.of("hunter22"));
        assertThat(p.redacted()).containsEntry("password", List.of("******")).containsEntry("username", List.of("root@pam"));
        assertThat(p.toString()).doesNotContain("hunter22");
        assertThat(FormEncoder.encode(p.wire())).contains("password=hunter22");
    }

    @Test
    void pathVariablesArePercentEncoded() {
        ApiRequest r = ApiRequest.get("/nodes/{node}/tasks/{upid}/status", "pve1",
                "UPID:pve1:0035D677:03AB00C3:66DC5987:qmclone:9000:deployer@pve!labctl:");
        assertThat(r.concretePath()).isEqualTo(
                "/nodes/pve1/tasks/UPID%3Apve1%3A0035D677%3A03AB00C3%3A66DC5987%3Aqmclone%3A9000%3Adeployer%40pve%21labctl%3A/status");
    }
}
