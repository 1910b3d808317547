package io.labforge.ui.connect;

import io.labforge.ssh.HostKeyDecision;
import io.labforge.ssh.UnknownHostKey;
import io.labforge.ui.task.TaskRunner;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.util.function.Supplier;

/**
 * Asks the user whether to trust an SSH host key seen for the first time (a Proxmox node's for the host
 * steps, a guest's for provisioning), showing its
 * fingerprint as OpenSSH does. Called on the deploy's thread; the question is asked on the FX thread.
 * A key that differs from the remembered one never gets here: it is refused.
 */
final class SshHostKeyConfirm implements HostKeyDecision {

    private final TaskRunner tasks;
    private final Supplier<Window> owner;
    /** The user chose to trust every first-seen key until this connection is closed (a deploy's new guests). */
    private volatile boolean trustNewKeys;

    SshHostKeyConfirm(TaskRunner tasks, Supplier<Window> owner) {
        this.tasks = tasks;
        this.owner = owner;
    }

    /** One question at a time: guests provisioned side by side do not stack dialogs. */
    @Override
    public synchronized boolean trust(UnknownHostKey key) {
        if (trustNewKeys) {
            return true;
        }
        return tasks.askOnFx(() -> show(key), false);
    }

    private boolean show(UnknownHostKey key) {
        ButtonType trust = new ButtonType("Trust and remember", ButtonBar.ButtonData.OK_DONE);
        ButtonType every = new ButtonType("Trust every new key until I disconnect", ButtonBar.ButtonData.OTHER);
        Alert a = new Alert(Alert.AlertType.WARNING, "", trust, every, ButtonType.CANCEL);
        a.initOwner(owner.get());
        a.setTitle("Unknown SSH host key");
        a.setHeaderText("First SSH connection to " + key.host() + ".");
        a.setContentText(key.type() + " key fingerprint:\n" + key.fingerprint()
                + "\n\nCompare it with what that machine (a Proxmox node, or a guest's console) prints for\n"
                + "  ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub\n"
                + "\"Trust and remember\" adds it to ~/.ssh/known_hosts; Cancel refuses the connection. \"Trust every\n"
                + "new key\" does the same, without asking, for each machine seen for the first time (the guests this\n"
                + "deploy creates) until you disconnect. A key that differs from the remembered one is always refused.");
        a.getDialogPane().setId("ssh-host-key-confirm");
        ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == every) {
            trustNewKeys = true;
        }
        return answer == trust || answer == every;
    }
}
