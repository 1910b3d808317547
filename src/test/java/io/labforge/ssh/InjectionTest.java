package io.labforge.ssh;

import io.labforge.shell.ShellQuote;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Hostile names and fields reach a real remote shell as one literal argument, never as code. */
class InjectionTest {

    @TempDir
    Path dir;
    MinaServer server;

    @BeforeEach
    void start() throws Exception {
        server = MinaServer.start(dir);
        server.trustInKnownHosts();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "web1; touch PWNED",
            "a'b; touch PWNED; echo 'c",
            "\"; touch PWNED; echo \"",
            "$(touch PWNED)",
            "`touch PWNED`",
            "line1\ntouch PWNED",
            "x && touch PWNED || touch PWNED",
            "'$(touch PWNED)'\\'`touch PWNED`",
            "-n",
            "*",
            "${IFS}touch${IFS}PWNED",
            ">PWNED",
    })
    void hostileValuesArriveAsExactlyOneArgument(String hostile) throws Exception {
        // The remote shell sees: printf '[%s]' <hostile>; its argv is echoed back, NUL-free.
        String command = ShellQuote.command("printf", "[%s]", hostile) + "; echo";
        List<String> out = new ArrayList<>();
        try (SshSession s = server.client(HostKeyDecision.REJECT).connect(server.target())) {
            assertThat(s.exec(command, out::add)).isZero();
        }
        assertThat(String.join("\n", out)).isEqualTo("[" + hostile + "]");
        assertThat(server.home().resolve("PWNED")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil'name; touch PWNED", "$(touch PWNED)/x", "dir with space/`touch PWNED`"})
    void uploadPathsAreQuotedToo(String hostilePath) throws Exception {
        byte[] content = "payload\n".getBytes(StandardCharsets.UTF_8);
        try (SshSession s = server.client(HostKeyDecision.REJECT).connect(server.target())) {
            s.upload(content, hostilePath, 0600);
        }
        assertThat(Files.readAllBytes(server.home().resolve(hostilePath))).isEqualTo(content);
        assertThat(server.home().resolve("PWNED")).doesNotExist();
    }
}
