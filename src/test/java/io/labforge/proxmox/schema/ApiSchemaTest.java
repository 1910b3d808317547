package io.labforge.proxmox.schema;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ApiSchemaTest {

    private final ApiSchema schema = ApiSchema.pve();

    private Violations check(String method, String path, Map<String, ?> params) {
        return schema.check(method, path, params);
    }

    @Test
    void resolvesConcretePathsToTemplates() {
        assertThat(schema.template("/nodes/pve1/qemu/105/config")).contains("/nodes/{node}/qemu/{vmid}/config");
        assertThat(schema.template("/cluster/nextid")).contains("/cluster/nextid");
        assertThat(schema.template("/nodes/pve1/tasks/UPID:pve1:0035D677:03AB00C3:66DC5987:qmclone:9000:deployer@pve!labctl:/status"))
                .contains("/nodes/{node}/tasks/{upid}/status");
        assertThat(schema.template("/nodes/pve1/nosuchthing")).isEmpty();
        Endpoint clone = schema.endpoint("post", "/nodes/pve1/qemu/9000/clone").orElseThrow();
        assertThat(clone.pathParams()).containsEntry("node", "pve1").containsEntry("vmid", "9000");
        assertThat(clone.name()).isEqualTo("clone_vm");
    }

    @Test
    void acceptsTheDocumentedExamples() {
        assertThat(check("GET", "/version", Map.of()).ok()).isTrue();
        assertThat(check("POST", "/nodes/pve1/qemu/9000/clone",
                Map.of("newid", "105", "name", "bastion", "full", "0", "pool", "lab1")).ok()).isTrue();
        assertThat(check("POST", "/nodes/pve1/qemu", Map.of(
                "vmid", "120", "name", "pfsense", "memory", "2048", "ostype", "other",
                "scsi0", "local-lvm:32,discard=on,ssd=1,iothread=1,cache=none",
                "ide2", "local:iso/pfSense-CE-2.7.2-RELEASE-amd64.iso,media=cdrom",
                "net0", "virtio=BC:24:11:00:00:01,bridge=vmbr1,tag=20,firewall=1",
                "net31", "virtio,bridge=vmbr0",
                "agent", "enabled=1,fstrim_cloned_disks=1",
                "tags", "lab-acme;role-fw;managed-by-labctl")).toString()).isEqualTo("ok");
        assertThat(check("POST", "/nodes/pve1/qemu/105/config", Map.of(
                "ipconfig0", "ip=10.20.0.10/24,gw=10.20.0.1", "ipconfig1", "ip=dhcp",
                "sshkeys", "ssh-ed25519%20AAAAC3Nza%2B%2Fx%20me%40host", "boot", "order=scsi0;ide2;net0",
                "ciupgrade", "0", "startup", "order=2,up=30")).toString()).isEqualTo("ok");
        assertThat(check("POST", "/nodes/pve1/lxc", Map.of("vmid", "200", "ostemplate",
                "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst", "rootfs", "local-lvm:8",
                "net0", "name=eth0,bridge=vmbr1,ip=10.20.0.5/24,gw=10.20.0.1", "hostname", "web1")).toString()).isEqualTo("ok");
        assertThat(check("POST", "/cluster/sdn/zones", Map.of("zone", "lab1", "type", "simple", "dhcp", "dnsmasq")).ok()).isTrue();
        assertThat(check("POST", "/nodes/pve1/network", Map.of("iface", "vmbr7", "type", "bridge", "autostart", "1",
                "bridge_vlan_aware", "1", "cidr", "10.10.0.1/24")).toString()).isEqualTo("ok");
        assertThat(check("POST", "/nodes/pve1/qemu/105/agent/exec", Map.of("command", List.of("ls", "-la"))).ok()).isTrue();
        assertThat(check("POST", "/nodes/pve1/qemu/105/config", Map.of("onboot", true, "cores", 4)).ok()).isTrue();
    }

    @Test
    void anEscapedSlashStaysInsideItsPathParameter() {
        List<String> segments = List.of("cluster", "firewall", "ipset", "management", "10.0.0.0/24");
        Endpoint e = schema.endpoint("DELETE", segments).orElseThrow();
        assertThat(e.template()).isEqualTo("/cluster/firewall/ipset/{name}/{cidr}");
        assertThat(e.pathParams()).containsEntry("cidr", "10.0.0.0/24").containsEntry("name", "management");
        assertThat(schema.check("DELETE", segments, Map.of()).ok()).isTrue();
        // split after unescaping, the same CIDR is one segment too many
        assertThat(schema.endpoint("DELETE", "/cluster/firewall/ipset/management/10.0.0.0/24")).isEmpty();
    }

    @Test
    void unknownPathsAndMethodsAreNotImplemented() {
        Violations v = check("GET", "/nodes/pve1/frobnicate", Map.of());
        assertThat(v.problem()).isEqualTo(Violations.Problem.UNKNOWN_PATH);
        assertThat(v.httpStatus()).isEqualTo(501);
        assertThat(v.message()).isEqualTo("Method 'GET /nodes/pve1/frobnicate' not implemented");
        assertThat(check("DELETE", "/version", Map.of()).problem()).isEqualTo(Violations.Problem.METHOD_NOT_ALLOWED);
    }

    @Test
    void reportsMissingAndUnknownParameters() {
        Violations v = check("POST", "/nodes/pve1/qemu/9000/clone", Map.of("name", "x"));
        assertThat(v.httpStatus()).isEqualTo(400);
        assertThat(v.message()).isEqualTo("Parameter verification failed.");
        assertThat(v.errors()).containsEntry("newid", "property is missing and it is not optional");
        // pool is accepted by create/clone but not by /config (PITFALLS #14)
        assertThat(check("POST", "/nodes/pve1/qemu/105/config", Map.of("pool", "lab1")).errors())
                .containsEntry("pool", "property is not defined in schema and the schema does not allow additional properties");
        assertThat(check("POST", "/nodes/pve1/qemu/105/config", Map.of("net32", "virtio,bridge=vmbr0")).errors()).containsKey("net32");
        assertThat(check("POST", "/nodes/pve1/qemu/105/config", Map.of("scsi31", "local-lvm:1")).errors()).containsKey("scsi31");
        assertThat(check("POST", "/nodes/pve1/qemu/105/config", Map.of("net01", "virtio")).errors()).containsKey("net01");
    }

    @Test
    void checksTypesRangesAndEnums() {
        assertThat(check("POST", "/nodes/pve1/qemu/105/config", Map.of("onboot", "true")).errors())
                .containsEntry("onboot", "type check ('boolean') failed - got 'true'");
        assertThat(check("POST", "/nodes/pve1/qemu/105/config", Map.of("cores", "four")).errors())
                .containsEntry("cores", "type check ('integer') failed - got 'four'");
        assertThat(check("POST", "/nodes/pve1/qemu/9000/clone", Map.of("newid", "99")).errors())
                .containsEntry("newid", "value must have a minimum value of 100");
        assertThat(check("POST", "/nodes/pve1/qemu/9000/clone", Map.of("newid", "105", "format", "vdi")).errors())
                .containsEntry("format", "value 'vdi' does not have a value in the enumeration 'raw, qcow2, vmdk'");
        assertThat(check("GET", "/nodes/pve1/qemu/12/config", Map.of()).errors()).containsKey("vmid");
    }

    @Test
    void checksNamedFormats() {
        assertThat(check("POST", "/nodes/pve1/qemu/9000/clone", Map.of("newid", "105", "name", "web_01")).errors())
                .containsEntry("name", "invalid format - value does not look like a valid DNS name");
        assertThat(check("GET", "/nodes/pve_1/qemu", Map.of()).errors())
                .containsEntry("node", "invalid format - value does not look like a valid node name");
        assertThat(check("POST", "/cluster/sdn/zones", Map.of("zone", "lab-zone1", "type", "simple")).errors()).containsKey("zone");
        assertThat(check("POST", "/cluster/sdn/vnets", Map.of("vnet", "labvnet01", "zone", "lab1")).errors())
                .containsEntry("vnet", "invalid format - vnet ID 'labvnet01' is too long (max 8 characters)");
        assertThat(check("POST", "/nodes/pve1/qemu/105/config", Map.of("tags", "ok;bad tag!")).errors()).containsKey("tags");
        assertThat(check("POST", "/nodes/pve1/qemu/105/config", Map.of("sshkeys", "ssh-ed25519 AAAA me@host")).errors())
                .containsEntry("sshkeys", "invalid format - invalid urlencoded string: ssh-ed25519 AAAA me@host");
        assertThat(check("POST", "/nodes/pve1/qemu/9000/clone", Map.of("newid", "105", "storage", "local lvm")).errors())
                .containsEntry("storage", "invalid format - storage ID 'local lvm' contains illegal characters");
    }

    @Test
    void checksPropertyStrings() {
        // raw, unescaped property strings arrive truncated at the second '=' (PITFALLS #14)
        assertThat(check("POST", "/nodes/pve1/qemu/105/config", Map.of("net0", "virtio,bridge")).errors()).containsKey("net0");
        assertThat(check("POST", "/nodes/pve1/qemu/105/config", Map.of("net0", "virtio,bridge=vmbr0,colour=red")).errors())
                .containsEntry("net0", "invalid format - invalid key in comma-separated list property: colour");
        assertThat(check("POST", "/nodes/pve1/qemu/105/config", Map.of("net0", "virtio,bridge=vmbr0,tag=5000")).errors().get("net0"))
                .contains("tag: value must have a maximum value of 4094");
        assertThat(check("POST", "/nodes/pve1/qemu/105/config", Map.of("net0", "rtl9999,bridge=vmbr0")).errors().get("net0"))
                .contains("model: value 'rtl9999' does not have a value in the enumeration");
        assertThat(check("POST", "/nodes/pve1/qemu/105/config", Map.of("net0", "bridge=vmbr0")).errors().get("net0"))
                .contains("model: property is missing and it is not optional");
        assertThat(check("POST", "/nodes/pve1/qemu/105/config", Map.of("net0", "virtio=01:00:00:00:00:01,bridge=vmbr0")).errors().get("net0"))
                .contains("macaddr: invalid format - value does not look like a valid unicast MAC address");
        assertThat(check("POST", "/nodes/pve1/qemu/105/config", Map.of("ipconfig0", "ip=10.0.0.5,gw=10.0.0.1")).errors())
                .containsKey("ipconfig0");
        assertThat(check("POST", "/nodes/pve1/qemu/105/config", Map.of("ipconfig0", "address=10.0.0.5/24")).errors().get("ipconfig0"))
                .contains("invalid key in comma-separated list property: address");
        assertThat(check("POST", "/nodes/pve1/qemu/105/config", Map.of("memory", "current=64")).ok()).isTrue();
        assertThat(check("POST", "/nodes/pve1/qemu/105/config", Map.of("memory", "8")).errors().get("memory"))
                .contains("current: value must have a minimum value of 16");
    }

    @Test
    void isLoadedOnce() {
        assertThat(ApiSchema.pve()).isSameAs(schema);
    }
}
