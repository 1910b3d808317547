package io.labforge.proxmox.api;

import io.labforge.proxmox.fake.ContractCheck;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract check itself must be able to fail. */
class ContractCheckTest {

    @Test
    void acceptsWhatTheClientSends() {
        ApiRequest r = ApiRequest.post("/nodes/{node}/qemu/{vmid}/clone", "pve1", 9000)
                .with(Params.create().put("newid", 101).put("name", "web1").put("full", true));
        assertThat(ContractCheck.violations(List.of(record(r)))).isEmpty();
    }

    @Test
    void catchesWrongBooleansUnknownParametersAndPaths() {
        List<RecordedRequest> bad = List.of(
                new RecordedRequest("POST", "/nodes/{node}/qemu/{vmid}/clone", "/nodes/pve1/qemu/9000/clone",
                        Map.of("newid", List.of("101"), "full", List.of("true"))),
                new RecordedRequest("POST", "/nodes/{node}/qemu/{vmid}/config", "/nodes/pve1/qemu/101/config",
                        Map.of("pool", List.of("lab"))),
                new RecordedRequest("GET", "/nodes/{node}/qemus", "/nodes/pve1/qemus", Map.of()));
        assertThat(ContractCheck.violations(bad)).hasSize(3);
    }

    private static RecordedRequest record(ApiRequest r) {
        return new RecordedRequest(r.method().name(), r.pathTemplate(), r.concretePath(), r.params().redacted());
    }
}
