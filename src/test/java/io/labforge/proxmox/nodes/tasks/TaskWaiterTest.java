package io.labforge.proxmox.nodes.tasks;

import io.labforge.proxmox.ProxmoxClient;
import io.labforge.proxmox.fake.FakePveServer;
import io.labforge.proxmox.fake.FakeResponse;
import io.labforge.proxmox.fake.FakeTask;
import io.labforge.proxmox.fake.TestClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import io.labforge.proxmox.fake.ContractCheck;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(ContractCheck.class)
class TaskWaiterTest {

    private FakePveServer server;
    private ProxmoxClient client;

    @BeforeEach
    void start() {
        server = new FakePveServer();
        client = TestClients.token(server).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void streamsEachLogLineOnceAndReturnsOnOk() {
        List<String> lines = List.of("create full clone of drive scsi0 (local-lvm:base-9000-disk-0)",
                "transferred 1.0 GiB of 32.0 GiB (3.12%)", "transferred 32.0 GiB of 32.0 GiB (100.00%)", "TASK OK");
        FakeTask task = FakeTask.finishing("qmclone", "9000", lines, "OK").register(server);
        List<String> streamed = new CopyOnWriteArrayList<>();
        TaskResult result = client.tasks().await(Upid.parse(task.upid), streamed::add, Cancellation.none());
        assertThat(streamed).containsExactlyElementsOf(lines);
        assertThat(result.log()).containsExactlyElementsOf(lines);
        assertThat(result.exitStatus()).isEqualTo("OK");
        assertThat(result.hasWarnings()).isFalse();
        // log paging: every request asked only for lines after those already seen
        assertThat(server.received().stream().filter(r -> r.apiPath().endsWith("/log")).map(r -> r.param("start")))
                .isSortedAccordingTo((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
    }

    @Test
    void warningsCountAsSuccess() {
        FakeTask task = FakeTask.finishing("qmstart", "101", List.of("WARN: no efidisk configured!", "TASK WARNINGS: 1"), "WARNINGS: 1")
                .register(server);
        TaskResult result = client.tasks().await(Upid.parse(task.upid));
        assertThat(result.hasWarnings()).isTrue();
    }

    @Test
    void errorExitStatusBecomesTaskFailedWithTheLastLines() {
        FakeTask task = FakeTask.finishing("qmstart", "101", List.of("starting VM 101", "bridge 'vmbr7' does not exist",
                "TASK ERROR: start failed: QEMU exited with code 1"), "start failed: QEMU exited with code 1").register(server);
        assertThatThrownBy(() -> client.tasks().await(Upid.parse(task.upid)))
                .isInstanceOfSatisfying(TaskFailedException.class, e -> {
                    assertThat(e.exitStatus()).isEqualTo("start failed: QEMU exited with code 1");
                    assertThat(e.lastLines()).contains("bridge 'vmbr7' does not exist");
                    assertThat(e.upid().type()).isEqualTo("qmstart");
                })
                .hasMessage("Unable to finish task qmstart 101 on pve1: start failed: QEMU exited with code 1");
    }

    @Test
    void cancellingStopsTheTaskOnTheServer() throws Exception {
        FakeTask task = FakeTask.endless("qmclone", "9000").register(server);
        Cancellation cancel = new Cancellation();
        List<String> streamed = new CopyOnWriteArrayList<>();
        Thread canceller = new Thread(() -> {
            while (streamed.size() < 3) {
                Thread.onSpinWait();
            }
            cancel.cancel();
        });
        canceller.start();
        assertThatThrownBy(() -> client.tasks().await(Upid.parse(task.upid), streamed::add, cancel))
                .isInstanceOf(TaskCancelledException.class)
                .hasMessageContaining("cancelled");
        canceller.join();
        assertThat(task.wasStopped()).isTrue();
        assertThat(server.count("DELETE", "/nodes/pve1/tasks/" + task.upid)).isEqualTo(1);
        assertThat(streamed).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void syncCallIsAsyncCallPlusWait() {
        FakeTask task = FakeTask.finishing("qmstart", "101", List.of("TASK OK"), "OK").register(server);
        server.on("POST /nodes/pve1/qemu/101/status/start", r -> FakeResponse.data(task.upid));
        TaskResult result = client.node("pve1").qemu().start(101);
        assertThat(result.upid().value()).isEqualTo(task.upid);
        assertThat(server.received().get(0).apiPath()).isEqualTo("/nodes/pve1/qemu/101/status/start");
    }

    @Test
    void anAnswerWithoutTaskIdIsAClearError() {
        server.on("POST /nodes/pve1/qemu/101/status/start", r -> FakeResponse.nullData());
        assertThatThrownBy(() -> client.node("pve1").qemu().startAsync(101))
                .hasMessage("Unable to start VM 101 on pve1: the server answered without a task ID (empty)");
    }
}
