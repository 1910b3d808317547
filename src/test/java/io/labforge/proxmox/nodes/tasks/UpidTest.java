package io.labforge.proxmox.nodes.tasks;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UpidTest {

    @Test
    void parsesEveryField() {
        Upid u = Upid.parse("UPID:pve1:0035D677:03AB00C3:66DC5987:qmclone:9000:deployer@pve!labctl:");
        assertThat(u.node()).isEqualTo("pve1");
        assertThat(u.pid()).isEqualTo(0x0035D677L);
        assertThat(u.pstart()).isEqualTo(0x03AB00C3L);
        assertThat(u.started()).isEqualTo(Instant.ofEpochSecond(0x66DC5987L));
        assertThat(u.type()).isEqualTo("qmclone");
        assertThat(u.id()).isEqualTo("9000");
        assertThat(u.user()).isEqualTo("deployer@pve!labctl");
    }

    @Test
    void emptyIdAndNineDigitPstart() {
        Upid u = Upid.parse("UPID:pve2:000A1B2C:1A2B3C4D5:66DC5987:srvreload::root@pam:");
        assertThat(u.id()).isEmpty();
        assertThat(u.type()).isEqualTo("srvreload");
    }

    @Test
    void rejectsNonUpids() {
        assertThatThrownBy(() -> Upid.parse("null")).hasMessageContaining("not a task ID");
        assertThat(Upid.looksLikeUpid("UPID:pve1:0035D677:03AB00C3:66DC5987:qmclone:9000:x@pve")).isFalse();
    }
}
