package io.labforge.ui.connect;

import io.labforge.deploy.connect.ConfigPaths;
import io.labforge.deploy.connect.ConnectionProfile;
import io.labforge.deploy.connect.CredentialStore;
import io.labforge.deploy.connect.Profiles;
import io.labforge.deploy.connect.TokenSecret;
import io.labforge.ui.deploy.DeployTarget;
import io.labforge.ui.task.TaskRunner;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Modality;
import javafx.stage.Stage;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Connection profiles (URL, node, token id; the secret kept in the per-user credentials file, never in
 * the lab), "Test connection" with the probe's findings, and "Use the sandbox".
 */
public final class ConnectDialog {

    private final TaskRunner tasks;
    private final Supplier<javafx.stage.Window> owner;
    private final ConfigPaths paths;

    public ConnectDialog(TaskRunner tasks, Supplier<javafx.stage.Window> owner) {
        this(tasks, owner, ConfigPaths.forUser());
    }

    public ConnectDialog(TaskRunner tasks, Supplier<javafx.stage.Window> owner, ConfigPaths paths) {
        this.tasks = tasks;
        this.owner = owner;
        this.paths = paths;
    }

    public void show(Consumer<DeployTarget> connected, Runnable useSandbox) {
        new Window(connected, useSandbox).stage.show();
    }

    /** One open dialog and what it has learnt: the fingerprint trusted so far and whether the profile pins it. */
    private final class Window {

        final Stage stage = new Stage();
        final ComboBox<String> name = new ComboBox<>();
        final TextField url = field("connect-url", "https://pve.lan:8006");
        final TextField node = field("connect-node", "pve");
        final TextField token = field("connect-token", "deployer@pve!labforge");
        final TextField nodeSsh = field("connect-node-ssh", "root@pve.lan — empty: no NAT or user-data snippets");
        final TextField sshKey = field("connect-ssh-key", "~/.ssh/id_ed25519.pub — empty: the template's own login");
        final PasswordField secret = new PasswordField();
        final CheckBox save = new CheckBox("Save the profile and its secret for next time");
        final TextArea findings = new TextArea();
        final Button test = new Button("Test connection");
        final Button connect = new Button("Connect");
        String pin;
        boolean pinned;

        Window(Consumer<DeployTarget> connected, Runnable useSandbox) {
            stage.initOwner(owner.get());
            stage.initModality(Modality.WINDOW_MODAL);
            stage.setTitle("Connect to Proxmox");
            name.setEditable(true);
            name.setId("connect-profile");
            secret.setId("connect-secret");
            secret.setPromptText("token secret; empty: the one saved with the profile");
            save.setId("connect-save");
            save.setSelected(true);
            findings.setId("connect-findings");
            findings.setEditable(false);
            findings.setWrapText(true);
            findings.setPrefRowCount(14);
            findings.setStyle("-fx-font-family: 'DejaVu Sans Mono';");
            findings.setPromptText("Test connection shows the Proxmox version, nodes, storages, templates and missing privileges here.");
            url.textProperty().addListener((o, a, b) -> {
                pin = null;
                pinned = false;
            });
            loadProfiles();
            test.setId("connect-test");
            Button sandbox = new Button("Use the sandbox");
            sandbox.setId("connect-sandbox");
            sandbox.setTooltip(new javafx.scene.control.Tooltip("Start the built-in simulated Proxmox and connect to it"));
            connect.setId("connect-ok");
            connect.setDefaultButton(true);
            Button cancel = new Button("Cancel");
            cancel.setId("connect-cancel");
            cancel.setCancelButton(true);
            cancel.setOnAction(e -> stage.close());
            sandbox.setOnAction(e -> {
                stage.close();
                useSandbox.run();
            });
            test.setOnAction(e -> attempt("Testing", r -> {
                if (r.pinned()) {
                    save(form().profile(r.pin()), null);
                }
                r.secret().destroy();
            }));
            connect.setOnAction(e -> attempt("Connecting to", r -> {
                ConnectForm f = form();
                if (save.isSelected()) {
                    save(f.profile(r.pinned() ? r.pin() : null), r.secret());
                } else if (r.pinned()) {
                    save(f.profile(r.pin()), null);
                }
                connected.accept(new ProfileTarget(f.profile(r.pin()), r.secret(), new SshHostKeyConfirm(tasks, owner)));
                r.secret().destroy();
                stage.close();
            }));
            GridPane grid = new GridPane();
            grid.setHgap(8);
            grid.setVgap(6);
            grid.addRow(0, new Label("Profile"), name);
            grid.addRow(1, new Label("URL"), url);
            grid.addRow(2, new Label("Node"), node);
            grid.addRow(3, new Label("API token id"), token);
            grid.addRow(4, new Label("Token secret"), secret);
            Label sshLabel = new Label("Node SSH");
            sshLabel.setTooltip(new javafx.scene.control.Tooltip("user@host[:port] of the Proxmox node, for what the API cannot do: "
                    + "NAT for networks without an uplink, and the cloud-init user-data snippets. Key: ~/.ssh/id_ed25519 "
                    + "(or id_ecdsa, id_rsa); the node's host key is checked against ~/.ssh/known_hosts."));
            grid.addRow(5, sshLabel, nodeSsh);
            Label keyLabel = new Label("Guest SSH key");
            keyLabel.setTooltip(new javafx.scene.control.Tooltip("A public key (.pub): cloud-init authorises it on every guest. "
                    + "With its private key beside it, the deploy also logs in to each guest, runs its provisioning "
                    + "and streams the output (select the resource in the Deploy tab)."));
            grid.addRow(6, keyLabel, sshKey);
            grid.add(save, 1, 7);
            javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
            HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
            HBox buttons = new HBox(8, test, sandbox, gap, cancel, connect);
            BorderPane root = new BorderPane(findings, grid, null, buttons, null);
            root.setStyle("-fx-padding: 12; -fx-spacing: 8;");
            BorderPane.setMargin(findings, new javafx.geometry.Insets(8, 0, 8, 0));
            stage.setScene(new Scene(root, 700, 660));
            if (owner.get() != null && owner.get().getScene() != null) {
                stage.getScene().getStylesheets().setAll(owner.get().getScene().getStylesheets());
            }
        }

        private void loadProfiles() {
            tasks.run(() -> Profiles.read(paths.profiles()), ps -> {
                ps.all().forEach(p -> name.getItems().add(p.name()));
                name.valueProperty().addListener((o, a, n) -> ps.find(n).ifPresent(p -> {
                    url.setText(p.url());
                    node.setText(p.node() == null ? "" : p.node());
                    token.setText(p.tokenId());
                    nodeSsh.setText(p.nodeSsh() == null ? "" : p.nodeSsh());
                    sshKey.setText(p.sshKey() == null ? "" : p.sshKey());
                    secret.clear();
                    pin = p.fingerprint();
                    pinned = p.fingerprint() != null;
                }));
            }, e -> findings.setText("Could not read the saved profiles: " + e.getMessage()));
        }

        private ConnectForm form() {
            return new ConnectForm(text(name), url.getText().strip(), blankToNull(node.getText()), token.getText().strip(),
                    secret.getText(), blankToNull(nodeSsh.getText()), blankToNull(sshKey.getText()));
        }

        /** Verifies the connection off the FX thread; {@code then} runs only when it worked. */
        private void attempt(String verb, Consumer<ConnectCheck.Result> then) {
            ConnectForm f = form();
            String problem = f.problem();
            if (problem != null) {
                findings.setText(problem);
                return;
            }
            findings.setText(verb + " " + f.url() + " …");
            test.setDisable(true);
            connect.setDisable(true);
            TlsConfirm tls = new TlsConfirm(tasks, () -> stage);
            String knownPin = pin;
            boolean knownPinned = pinned;
            tasks.run(() -> new ConnectCheck(paths).run(f, knownPin, knownPinned, tls), r -> {
                test.setDisable(false);
                connect.setDisable(false);
                pin = r.pin();
                pinned = r.pinned();
                findings.setText(ProbeText.of(r.report()));
                then.accept(r);
            }, ex -> {
                test.setDisable(false);
                connect.setDisable(false);
                findings.setText("Not connected. " + ex.getMessage());
            });
        }

        private void save(ConnectionProfile p, TokenSecret secretToStore) {
            TokenSecret copy = secretToStore == null ? null : new TokenSecret(secretToStore.chars());
            tasks.run(() -> {
                Profiles.read(paths.profiles()).save(p);
                if (copy != null) {
                    new CredentialStore(paths.credentials()).store(p.name(), copy);
                    copy.destroy();
                }
                return paths.profiles();
            }, x -> { }, e -> findings.appendText("\nCould not save the profile: " + e.getMessage()));
        }
    }

    private static String text(ComboBox<String> c) {
        String v = c.getEditor().getText();
        return v == null ? "" : v.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static TextField field(String id, String prompt) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(prompt);
        return t;
    }
}
