package io.labforge.proxmox.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * application/x-www-form-urlencoded as pveproxy decodes it: it splits pairs on {@code &} and {@code ;}
 * and keys from values on {@code =}, so every such character inside a value (property strings like
 * {@code virtio,bridge=vmbr1}) must be percent-encoded. Spaces become {@code %20}, never {@code +}.
 */
public final class FormEncoder {

    private FormEncoder() {
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String encode(Map<String, List<String>> params) {
        StringJoiner out = new StringJoiner("&");
        params.forEach((k, vs) -> vs.forEach(v -> out.add(encode(k) + "=" + encode(v))));
        return out.toString();
    }

    /**
     * The QEMU {@code sshkeys} option has format "urlencoded": the value itself must already be
     * percent-encoded (newline-joined keys), and the form body then encodes it a second time.
     */
    public static String sshKeysValue(List<String> publicKeys) {
        return encode(String.join("\n", publicKeys));
    }
}
