package io.labforge.deploy.plan;

import io.labforge.deploy.provision.Overrides;

import java.util.List;

/**
 * Settings that are not part of the lab file but shape the guests: the cloud-init login, and the files
 * the user keeps beside the lab to replace generated ones (they change the user-data delivered to VMs).
 *
 * @param ciUser    login user created by cloud-init, {@code null}: the image default
 * @param sshKeys   public SSH keys for that user
 * @param overrides the lab's override files, {@link Overrides#NONE} when it has none
 */
public record DeployOptions(String ciUser, List<String> sshKeys, Overrides overrides) {

    public static final DeployOptions DEFAULT = new DeployOptions("labforge", List.of());

    public DeployOptions {
        sshKeys = List.copyOf(sshKeys == null ? List.of() : sshKeys);
        overrides = overrides == null ? Overrides.NONE : overrides;
    }

    public DeployOptions(String ciUser, List<String> sshKeys) {
        this(ciUser, sshKeys, Overrides.NONE);
    }

    public DeployOptions withOverrides(Overrides o) {
        return new DeployOptions(ciUser, sshKeys, o);
    }
}
