package io.labforge.proxmox.fake;

import io.labforge.proxmox.api.RecordedRequest;
import io.labforge.proxmox.schema.ApiSchema;
import io.labforge.proxmox.schema.Violations;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The contract test: after each test class, every request its clients sent (recorded by the client's
 * {@code RequestListener}) is checked against the official PVE API schema — path, method, parameter
 * names, types, formats and enums. One invalid request fails the class.
 */
public final class ContractCheck implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(ContractCheck.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NS).put("start", TestClients.RECORDED.size());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        int start = context.getStore(NS).get("start", Integer.class);
        List<RecordedRequest> sent = List.copyOf(TestClients.RECORDED.subList(start, TestClients.RECORDED.size()));
        List<String> problems = violations(sent);
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.size() + " of " + sent.size() + " requests sent by "
                    + context.getDisplayName() + " break the PVE API schema:\n" + String.join("\n", problems));
        }
    }

    /** One line per request the schema rejects. */
    public static List<String> violations(List<RecordedRequest> requests) {
        List<String> problems = new ArrayList<>();
        for (RecordedRequest r : requests) {
            String path = decode(r.path());
            Violations v = ApiSchema.pve().check(r.method(), path, r.params());
            if (!v.ok()) {
                problems.add(r.method() + " " + path + " " + r.params() + " -> " + v);
            }
        }
        return problems;
    }

    private static String decode(String path) {
        StringBuilder out = new StringBuilder();
        for (String segment : path.split("/", -1)) {
            if (out.length() > 0 || !segment.isEmpty()) {
                out.append('/');
            }
            // a value holding '/' (an IP set CIDR) stays one segment, as pveproxy splits before decoding
            out.append(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8).replace("/", "%2F"));
        }
        return out.toString();
    }
}
