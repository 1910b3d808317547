package io.labforge.deploy.adapter;

import io.labforge.deploy.ProvisioningException;
import io.labforge.deploy.provision.RemoteShell;
import io.labforge.deploy.provision.RemoteShells;
import io.labforge.ssh.SshClient;
import io.labforge.ssh.SshException;
import io.labforge.ssh.SshSession;
import io.labforge.ssh.SshTarget;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Provisioning's shells over SSH: logs in as the lab's admin user with the deploy key, through
 * the lab's bastion when one is given (the bastion itself is reached directly).
 */
public final class SshRemoteShells implements RemoteShells {

    private final SshClient client;
    private final String user;
    private final int port;
    private final Optional<SshTarget> bastion;

    public SshRemoteShells(SshClient client, String user, int port, Optional<SshTarget> bastion) {
        this.client = client;
        this.user = user;
        this.port = port;
        this.bastion = bastion;
    }

    @Override
    public RemoteShell open(String address) throws ProvisioningException {
        SshTarget target = new SshTarget(address, port, user);
        Optional<SshTarget> hop = bastion.filter(b -> !b.host().equals(address));
        try {
            return new Shell(client.connect(target, hop));
        } catch (SshException e) {
            throw new ProvisioningException(e.getMessage(), e);
        }
    }

    private static final class Shell implements RemoteShell {
        private final SshSession session;

        Shell(SshSession session) {
            this.session = session;
        }

        @Override
        public void upload(String path, byte[] content, int mode) throws ProvisioningException {
            try {
                session.upload(content, path, mode);
            } catch (SshException e) {
                throw new ProvisioningException(e.getMessage(), e);
            }
        }

        @Override
        public void run(String description, String command, Consumer<String> output) throws ProvisioningException {
            try {
                session.run(description, command, output);
            } catch (SshException e) {
                throw new ProvisioningException(e.getMessage(), e);
            }
        }

        @Override
        public byte[] read(String description, String command) throws ProvisioningException {
            try {
                return session.capture(description, command);
            } catch (SshException e) {
                throw new ProvisioningException(e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            session.close();
        }
    }
}
