package io.labforge.sandbox;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxSmokeTest {

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
    void answersVersion() throws Exception {
        TestApi.Response r = api.get("/version");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.data().path("release").asText()).isEqualTo("9.1");
    }
}
