package io.labforge.deploy.provision;

import io.labforge.deploy.ProvisioningException;

import java.util.function.Consumer;

/**
 * A logged-in shell on a guest, as provisioning needs it. Implemented over SSH in
 * {@code io.labforge.deploy.adapter}; commands given here never contain lab data or secrets
 * (those travel as uploaded files).
 */
public interface RemoteShell extends AutoCloseable {

    /** Writes {@code content} to {@code path} (relative to the login directory, or absolute) with {@code mode}. */
    void upload(String path, byte[] content, int mode) throws ProvisioningException;

    /** Runs {@code command}, streaming its output line by line; a non-zero exit is an error naming {@code description}. */
    void run(String description, String command, Consumer<String> output) throws ProvisioningException;

    /** Runs {@code command} and returns its standard output, which is not streamed or logged (it may be a secret). */
    byte[] read(String description, String command) throws ProvisioningException;

    @Override
    void close();
}
