package io.labforge.proxmox.api;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One API call: method, path template as in the official schema (e.g. {@code /nodes/{node}/qemu/{vmid}}),
 * the values of its path variables, parameters, whether it is safe to repeat, and what it does in words
 * ("clone VM 9000") for the "Unable to ..." message.
 */
public record ApiRequest(Method method, String pathTemplate, List<String> pathArgs, Params params,
                         boolean idempotent, String action) {

    public enum Method { GET, POST, PUT, DELETE }

    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

    public ApiRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathTemplate, "pathTemplate");
        pathArgs = List.copyOf(pathArgs);
        params = params == null ? Params.create() : params;
        long vars = VARIABLE.matcher(pathTemplate).results().count();
        if (vars != pathArgs.size()) {
            throw new IllegalArgumentException(pathTemplate + " needs " + vars + " path values, got " + pathArgs.size());
        }
    }

    public static ApiRequest get(String template, Object... args) {
        return of(Method.GET, template, args).idempotent(true);
    }

    public static ApiRequest post(String template, Object... args) {
        return of(Method.POST, template, args);
    }

    public static ApiRequest put(String template, Object... args) {
        return of(Method.PUT, template, args);
    }

    public static ApiRequest delete(String template, Object... args) {
        return of(Method.DELETE, template, args);
    }

    private static ApiRequest of(Method method, String template, Object... args) {
        List<String> values = java.util.Arrays.stream(args).map(String::valueOf).toList();
        return new ApiRequest(method, template, values, Params.create(), false,
                method.name().toLowerCase(java.util.Locale.ROOT) + " " + template);
    }

    public ApiRequest with(Params p) {
        return new ApiRequest(method, pathTemplate, pathArgs, p, idempotent, action);
    }

    /** Marks the call as safe to repeat automatically (reads; writes that set absolute values). */
    public ApiRequest idempotent(boolean value) {
        return new ApiRequest(method, pathTemplate, pathArgs, params, value, action);
    }

    public ApiRequest action(String words) {
        return new ApiRequest(method, pathTemplate, pathArgs, params, idempotent, words);
    }

    /** The concrete path with every variable percent-encoded (UPIDs and volume IDs contain {@code :} and {@code @}). */
    public String concretePath() {
        Matcher m = VARIABLE.matcher(pathTemplate);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(FormEncoder.encode(pathArgs.get(i++))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Whether parameters go into the query string (GET, DELETE) rather than the body. */
    public boolean paramsInQuery() {
        return method == Method.GET || method == Method.DELETE;
    }
}
