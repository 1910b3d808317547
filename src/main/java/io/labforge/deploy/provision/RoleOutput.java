package io.labforge.deploy.provision;

import java.util.ArrayList;
import java.util.List;

/** What a role contributes to a guest: files, packages, provision steps, secrets and services. */
public final class RoleOutput {

    final List<GeneratedFile> files = new ArrayList<>();
    final List<String> packages = new ArrayList<>();
    final List<ScriptStep> steps = new ArrayList<>();
    final List<SecretFile> secrets = new ArrayList<>();
    final List<String> services = new ArrayList<>();

    RoleOutput file(GeneratedFile f) {
        files.add(f);
        return this;
    }

    RoleOutput packages(String... names) {
        for (String n : names) {
            if (!packages.contains(n)) {
                packages.add(n);
            }
        }
        return this;
    }

    RoleOutput step(ScriptStep s) {
        steps.add(s);
        return this;
    }

    RoleOutput secret(SecretFile s) {
        secrets.add(s);
        return this;
    }

    /** Services enabled and (re)started at first boot by cloud-init. */
    RoleOutput service(String name) {
        services.add(name);
        return this;
    }

    void addAll(RoleOutput other) {
        files.addAll(other.files);
        other.packages.forEach(this::packages);
        steps.addAll(other.steps);
        secrets.addAll(other.secrets);
        other.services.stream().filter(s -> !services.contains(s)).forEach(services::add);
    }
}
