package io.labforge.sandbox.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.labforge.sandbox.resource.ApiException;

import java.util.Map;

/**
 * Evaluates the schema's permission expressions ({@code ["perm", "/vms/{vmid}", ["VM.Clone"]]}, {@code and}, {@code or},
 * {@code any}, {@code require_param}) the way PVE's RPCEnvironment check_api2_permissions does, and raises PVE's
 * 403 "Permission check failed (path, privilege)" for the first unmet privilege.
 */
public final class PermissionCheck {

    private PermissionCheck() {
    }

    public static void enforce(JsonNode permissions, Acl acl, Map<String, Object> params) {
        JsonNode check = permissions.path("check");
        if (!check.isArray()) {
            return; // "user: all|world" or description-only methods: the handler filters what it shows
        }
        String[] failure = evaluate(check, acl, params);
        if (failure != null) {
            throw ApiException.forbidden(failure[0], failure[1]);
        }
    }

    /** Null when satisfied, else {path, privilege} of the first failure. */
    private static String[] evaluate(JsonNode expr, Acl acl, Map<String, Object> params) {
        String op = expr.path(0).asText();
        switch (op) {
            case "perm": {
                String path = substitute(expr.path(1).asText(), params);
                boolean any = false;
                for (int i = 3; i + 1 < expr.size(); i += 2) {
                    String key = expr.get(i).asText();
                    if (key.equals("any")) {
                        any = expr.get(i + 1).asBoolean();
                    } else if (key.equals("require_param") && !params.containsKey(expr.get(i + 1).asText())) {
                        return new String[] {path, expr.path(2).path(0).asText()};
                    }
                }
                String first = null;
                for (JsonNode priv : expr.path(2)) {
                    boolean ok = acl.has(path, priv.asText());
                    if (any && ok) {
                        return null;
                    }
                    if (!ok && first == null) {
                        first = priv.asText();
                    }
                }
                return first == null ? null : new String[] {path, first};
            }
            case "and": {
                for (int i = 1; i < expr.size(); i++) {
                    String[] f = evaluate(expr.get(i), acl, params);
                    if (f != null) {
                        return f;
                    }
                }
                return null;
            }
            case "or": {
                String[] first = null;
                for (int i = 1; i < expr.size(); i++) {
                    String[] f = evaluate(expr.get(i), acl, params);
                    if (f == null) {
                        return null;
                    }
                    first = first == null ? f : first;
                }
                return first;
            }
            default:
                return null; // userid-param/userid-group checks concern user management, not a lab deployer
        }
    }

    private static String substitute(String path, Map<String, Object> params) {
        String out = path;
        for (Map.Entry<String, Object> e : params.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", String.valueOf(e.getValue()));
        }
        return out;
    }
}
