package io.labforge.proxmox.property;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PropertyStringTest {

    @Test
    void parsesDefaultKeyAndPairsInOrder() {
        PropertyString p = PropertyString.parse("local-lvm:vm-101-disk-0,discard=on,size=32G", "file");
        assertThat(p.asMap()).containsExactly(Map.entry("file", "local-lvm:vm-101-disk-0"),
                Map.entry("discard", "on"), Map.entry("size", "32G"));
        assertThat(p.format("file")).isEqualTo("local-lvm:vm-101-disk-0,discard=on,size=32G");
    }

    @Test
    void rejectsWhatPveWouldReject() {
        assertThatThrownBy(() -> PropertyString.parse("a=1,,b=2", null)).hasMessageContaining("empty item");
        assertThatThrownBy(() -> PropertyString.parse("bridge=vmbr0,bridge=vmbr1", null)).hasMessageContaining("twice");
        assertThatThrownBy(() -> PropertyString.parse("dhcp", null)).hasMessageContaining("key=value");
        assertThatThrownBy(() -> PropertyString.empty().with("trunks", "10,20")).hasMessageContaining("cannot be part");
    }

    @Test
    void qemuNicWithModelAndMacInOneKey() {
        QemuNic nic = QemuNic.parse("virtio=bc:24:11:aa:bb:cc,bridge=vmbr1,tag=20,firewall=1,mtu=1");
        assertThat(nic).isEqualTo(new QemuNic("virtio", "BC:24:11:AA:BB:CC", "vmbr1", 20, true, Map.of("mtu", "1")));
        assertThat(nic.format()).isEqualTo("virtio=BC:24:11:AA:BB:CC,bridge=vmbr1,tag=20,firewall=1,mtu=1");
        assertThat(QemuNic.virtio("BC:24:11:00:00:01", "vmbr1").withFirewall(true).format())
                .isEqualTo("virtio=BC:24:11:00:00:01,bridge=vmbr1,firewall=1");
    }

    @Test
    void qemuNicWithoutMacAndWithMacaddrKey() {
        assertThat(QemuNic.parse("virtio,bridge=vmbr0").mac()).isNull();
        assertThat(QemuNic.virtio(null, "vmbr0").format()).isEqualTo("virtio,bridge=vmbr0");
        assertThat(QemuNic.parse("model=e1000,macaddr=BC:24:11:00:00:09,bridge=vmbr2"))
                .extracting(QemuNic::model, QemuNic::mac).containsExactly("e1000", "BC:24:11:00:00:09");
        assertThatThrownBy(() -> QemuNic.virtio("BC:24:11:00:00:01", "vmbr1").withTag(4095)).hasMessageContaining("1-4094");
    }

    @Test
    void ipConfigStaticAndDhcp() {
        assertThat(IpConfig.staticV4("10.0.0.5/24", "10.0.0.1").format()).isEqualTo("ip=10.0.0.5/24,gw=10.0.0.1");
        assertThat(IpConfig.dhcp().format()).isEqualTo("ip=dhcp");
        assertThat(IpConfig.parse("ip=10.20.0.10/24,gw=10.20.0.1,ip6=auto"))
                .isEqualTo(new IpConfig("10.20.0.10/24", "10.20.0.1", "auto", null));
        assertThatThrownBy(() -> IpConfig.staticV4("10.0.0.5", "10.0.0.1")).hasMessageContaining("prefix length");
    }

    @Test
    void lxcNicRoundTrips() {
        String text = "name=eth0,bridge=vmbr1,hwaddr=BC:24:11:00:00:02,ip=10.0.0.6/24,gw=10.0.0.1,firewall=1";
        LxcNic nic = LxcNic.parse(text);
        assertThat(nic).isEqualTo(new LxcNic("eth0", "vmbr1", "BC:24:11:00:00:02", "10.0.0.6/24", "10.0.0.1", null, true));
        assertThat(nic.format()).isEqualTo(text);
        assertThatThrownBy(() -> LxcNic.parse("bridge=vmbr1")).hasMessageContaining("needs a name");
    }

    @Test
    void disksForQemuAndLxc() {
        assertThat(DiskSpec.newVolume("local-lvm", 32).with("discard", "on").with("ssd", "1").format())
                .isEqualTo("local-lvm:32,discard=on,ssd=1");
        assertThat(DiskSpec.cloudInit("local-lvm").format()).isEqualTo("local-lvm:cloudinit");
        assertThat(DiskSpec.cdrom("local:iso/pfSense-2.7.2.iso").format()).isEqualTo("local:iso/pfSense-2.7.2.iso,media=cdrom");
        DiskSpec rootfs = DiskSpec.parse("local-lvm:subvol-200-disk-0,size=8G", "volume");
        assertThat(rootfs.volume()).isEqualTo("local-lvm:subvol-200-disk-0");
        assertThat(rootfs.options()).containsEntry("size", "8G");
    }

    @Test
    void agentOptionWithBareDefault() {
        PropertyString agent = PropertyString.parse("1,fstrim_cloned_disks=1", "enabled");
        assertThat(agent.flag("enabled")).isTrue();
        assertThat(agent.flag("freeze-fs-on-backup")).isFalse();
    }
}
