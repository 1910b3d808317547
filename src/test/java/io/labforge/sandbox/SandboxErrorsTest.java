package io.labforge.sandbox;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Errors shaped like PVE's: status, reason phrase, body message and per-parameter errors. */
class SandboxErrorsTest {

    static Sandbox sandbox;
    static TestApi api;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxConfig.defaults().withTimeScale(0.01));
        api = new TestApi(sandbox);
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
        sandbox.close();
    }

    @Test
    void answersVersionInTheEnvelope() throws Exception {
        TestApi.Response r = api.get("/version");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.data().path("version").asText()).startsWith("9.1.");
        assertThat(r.data().path("release").asText()).isEqualTo("9.1");
    }

    @Test
    void schemaViolationsAre400WithTheErrorsMap() throws Exception {
        TestApi.Response r = api.post("/nodes/pve1/qemu/9000/clone", "newid", "99", "name", "web_01", "colour", "red");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.reason()).isEqualTo("Parameter verification failed.");
        assertThat(r.body().path("message").asText()).isEqualTo("Parameter verification failed.\n");
        assertThat(r.body().path("data").isNull()).isTrue();
        assertThat(r.errors().path("newid").asText()).isEqualTo("value must have a minimum value of 100");
        assertThat(r.errors().path("name").asText()).contains("valid DNS name");
        assertThat(r.errors().path("colour").asText()).contains("not defined in schema");
        assertThat(sandbox.inspect().cloneCalls()).isEmpty();
    }

    @Test
    void rawPropertyStringsAreTruncatedLikeOnPve() throws Exception {
        // body written by hand without escaping: the server splits on every '=' and ','... as pve-http-server does
        TestApi.Response r = api.call("POST", "/nodes/pve1/qemu/9000/config", "net0", "virtio,bridge");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errors().has("net0")).isTrue();
    }

    @Test
    void booleansMustBeZeroOrOne() throws Exception {
        TestApi.Response r = api.post("/nodes/pve1/qemu/9000/clone", "newid", "150", "full", "true");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errors().path("full").asText()).isEqualTo("type check ('boolean') failed - got 'true'");
    }

    @Test
    void unknownPathsAre501() throws Exception {
        TestApi.Response r = api.get("/nodes/pve1/frobnicate");
        assertThat(r.status()).isEqualTo(501);
        assertThat(r.reason()).isEqualTo("Method 'GET /nodes/pve1/frobnicate' not implemented");
    }

    @Test
    void missingGuestsAre500NotFoundIsNotUsed() throws Exception {
        TestApi.Response r = api.get("/nodes/pve1/qemu/123/config");
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.reason()).isEqualTo("Configuration file 'nodes/pve1/qemu-server/123.conf' does not exist");
        assertThat(r.body().path("message").asText()).isEqualTo("Configuration file 'nodes/pve1/qemu-server/123.conf' does not exist\n");
    }

    @Test
    void poolIsNotAConfigOption() throws Exception {
        TestApi.Response r = api.post("/nodes/pve1/qemu/9000/config", "pool", "lab1");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errors().path("pool").asText())
                .isEqualTo("property is not defined in schema and the schema does not allow additional properties");
    }

    @Test
    void listsNodesWithTheCertificateFingerprint() throws Exception {
        TestApi.Response r = api.get("/nodes");
        assertThat(r.data()).hasSize(1);
        assertThat(r.data().get(0).path("node").asText()).isEqualTo("pve1");
        assertThat(r.data().get(0).path("ssl_fingerprint").asText()).isEqualTo(sandbox.fingerprint());
        assertThat(sandbox.fingerprint()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
    }

    @Test
    void offersTheSampleContent() throws Exception {
        TestApi.Response isos = api.get("/nodes/pve1/storage/local/content", "content", "iso");
        assertThat(isos.data().findValuesAsText("volid")).contains("local:iso/pfSense-CE-2.7.2-RELEASE-amd64.iso",
                "local:iso/windows-11.iso");
        TestApi.Response templates = api.get("/cluster/resources", "type", "vm");
        assertThat(templates.data().findValuesAsText("name")).contains("debian-12-cloudinit", "ubuntu-24.04-cloudinit",
                "rocky-9-cloudinit");
        TestApi.Response storages = api.get("/nodes/pve1/storage", "content", "rootdir");
        assertThat(storages.data().findValuesAsText("storage")).containsExactly("local-lvm");
        TestApi.Response net = api.get("/nodes/pve1/network", "type", "bridge");
        assertThat(net.data().findValuesAsText("iface")).containsExactly("vmbr0", "vmbr1");
    }
}
