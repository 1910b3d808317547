package io.labforge.deploy.plan;

import java.util.List;

/**
 * Settings that are not part of the lab file but shape the guests: the cloud-init login.
 *
 * @param ciUser  login user created by cloud-init, {@code null}: the image default
 * @param sshKeys public SSH keys for that user
 */
public record DeployOptions(String ciUser, List<String> sshKeys) {

    public static final DeployOptions DEFAULT = new DeployOptions("labforge", List.of());

    public DeployOptions {
        sshKeys = List.copyOf(sshKeys == null ? List.of() : sshKeys);
    }
}
