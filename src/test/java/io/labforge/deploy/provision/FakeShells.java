package io.labforge.deploy.provision;

import io.labforge.deploy.ProvisioningException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Records what provisioning sends to each address; {@code read} answers from a table. */
final class FakeShells implements RemoteShells {

    final Map<String, List<String>> commands = new LinkedHashMap<>();
    final Map<String, Map<String, byte[]>> uploads = new LinkedHashMap<>();
    final Map<String, String> reads = new LinkedHashMap<>();
    final List<String> opened = new ArrayList<>();
    int failRunsContaining = -1;
    String failOn;

    @Override
    public RemoteShell open(String address) {
        opened.add(address);
        List<String> cmds = commands.computeIfAbsent(address, a -> new ArrayList<>());
        Map<String, byte[]> files = uploads.computeIfAbsent(address, a -> new LinkedHashMap<>());
        return new RemoteShell() {
            @Override
            public void upload(String path, byte[] content, int mode) {
                files.put(path, content);
            }

            @Override
            public void run(String description, String command, Consumer<String> output) throws ProvisioningException {
                cmds.add(command);
                output.accept("ran: " + description);
                if (failOn != null && command.contains(failOn)) {
                    throw new ProvisioningException(description + " failed on " + address + " with exit code 1");
                }
            }

            @Override
            public byte[] read(String description, String command) throws ProvisioningException {
                cmds.add(command);
                String answer = reads.get(address);
                if (answer == null) {
                    throw new ProvisioningException(description + " failed on " + address + " with exit code 3");
                }
                return answer.getBytes(StandardCharsets.UTF_8);
            }

            @Override
            public void close() {
            }
        };
    }
}
