package io.labforge.deploy.provision;

import java.util.List;
import java.util.Map;

/**
 * Everything generated for a lab.
 *
 * @param files           every file, guests' and the host's, in lab order
 * @param hostSteps       Proxmox host steps, in apply order
 * @param secrets         per node id, the secrets its provisioning puts on the guest
 * @param errors          one per node that could not be rendered (its files are missing)
 * @param unusedOverrides override files that matched no generated file
 */
public record RenderedLab(List<GeneratedFile> files, List<HostStep> hostSteps, Map<String, List<SecretFile>> secrets,
                          List<Error> errors, List<String> unusedOverrides) {

    /** Why the files of {@code owner} (a node id, or {@code host}) could not be generated. */
    public record Error(String owner, String message) {
    }

    public RenderedLab {
        files = List.copyOf(files);
        hostSteps = List.copyOf(hostSteps);
        secrets = Map.copyOf(secrets);
        errors = List.copyOf(errors);
        unusedOverrides = List.copyOf(unusedOverrides);
    }

    public List<GeneratedFile> filesOf(String owner) {
        return files.stream().filter(f -> f.owner().equals(owner)).toList();
    }

    public List<SecretFile> secretsOf(String node) {
        return secrets.getOrDefault(node, List.of());
    }

    public java.util.Optional<Error> errorOf(String owner) {
        return errors.stream().filter(e -> e.owner().equals(owner)).findFirst();
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
