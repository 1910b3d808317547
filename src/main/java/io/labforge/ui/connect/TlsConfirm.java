package io.labforge.ui.connect;

import io.labforge.proxmox.tls.CertificateDecision;
import io.labforge.proxmox.tls.CertificatePrompt;
import io.labforge.ui.task.TaskRunner;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.security.cert.X509Certificate;
import java.util.function.Supplier;

/**
 * Asks the user about a certificate nobody vouches for: shows its SHA-256 fingerprint (to compare with
 * Node > System > Certificates) and offers Trust once, Trust always or Cancel. Called on the thread
 * making the request; the question itself is asked on the FX thread.
 */
final class TlsConfirm implements CertificatePrompt {

    enum Choice { ONCE, ALWAYS, REJECT }

    private final TaskRunner tasks;
    private final Supplier<Window> owner;
    private volatile Choice last;
    private volatile String fingerprint;

    TlsConfirm(TaskRunner tasks, Supplier<Window> owner) {
        this.tasks = tasks;
        this.owner = owner;
    }

    @Override
    public CertificateDecision ask(String fp, X509Certificate certificate) {
        last = tasks.askOnFx(() -> show(fp, certificate), Choice.REJECT);
        fingerprint = fp;
        return last == Choice.REJECT ? CertificateDecision.REJECT : CertificateDecision.ACCEPT;
    }

    private Choice show(String fp, X509Certificate c) {
        ButtonType once = new ButtonType("Trust once", ButtonBar.ButtonData.OTHER);
        ButtonType always = new ButtonType("Trust always", ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.WARNING, "", once, always, ButtonType.CANCEL);
        a.initOwner(owner.get());
        a.setTitle("Unknown certificate");
        a.setHeaderText("The server's certificate is not signed by a CA this computer trusts.");
        a.setContentText("Subject: " + c.getSubjectX500Principal().getName() + "\n\nSHA-256 fingerprint:\n" + fp
                + "\n\nCompare it with the one under Node > System > Certificates in the Proxmox web UI. "
                + "\"Trust always\" pins it in the connection profile.");
        a.getDialogPane().setId("tls-confirm");
        ButtonType b = a.showAndWait().orElse(ButtonType.CANCEL);
        return b == once ? Choice.ONCE : b == always ? Choice.ALWAYS : Choice.REJECT;
    }

    /** The fingerprint the user accepted last, {@code null} if none. */
    String accepted() {
        return last == null || last == Choice.REJECT ? null : fingerprint;
    }

    boolean always() {
        return last == Choice.ALWAYS;
    }
}
