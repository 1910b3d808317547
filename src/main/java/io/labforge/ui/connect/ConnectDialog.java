package io.labforge.ui.connect;

import io.labforge.deploy.connect.ConfigPaths;
import io.labforge.deploy.connect.ConnectException;
import io.labforge.deploy.connect.ConnectionProfile;
import io.labforge.deploy.connect.CredentialStore;
import io.labforge.deploy.connect.Profiles;
import io.labforge.deploy.connect.TokenSecret;
import io.labforge.proxmox.Credentials;
import io.labforge.proxmox.ProxmoxClient;
import io.labforge.proxmox.Secret;
import io.labforge.proxmox.probe.Probe;
import io.labforge.proxmox.probe.ProbeReport;
import io.labforge.proxmox.tls.TlsTrust;
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
import javafx.stage.Window;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Connection profiles (URL, node, token id; the secret kept in the per-user credentials file, never in
 * the lab), "Test connection" with the probe's findings, and "Use the sandbox".
 */
public final class ConnectDialog {

    private final TaskRunner tasks;
    private final Supplier<Window> owner;
    private final ConfigPaths paths;

    public ConnectDialog(TaskRunner tasks, Supplier<Window> owner) {
        this(tasks, owner, ConfigPaths.forUser());
    }

    public ConnectDialog(TaskRunner tasks, Supplier<Window> owner, ConfigPaths paths) {
        this.tasks = tasks;
        this.owner = owner;
        this.paths = paths;
    }

    public void show(Consumer<DeployTarget> connected, Runnable useSandbox) {
        Stage stage = new Stage();
        stage.initOwner(owner.get());
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Connect to Proxmox");
        ComboBox<String> name = new ComboBox<>();
        name.setEditable(true);
        name.setId("connect-profile");
        TextField url = field("connect-url", "https://pve.lan:8006");
        TextField node = field("connect-node", "pve");
        TextField token = field("connect-token", "deployer@pve!labforge");
        PasswordField secret = new PasswordField();
        secret.setId("connect-secret");
        secret.setPromptText("token secret (stored in " + paths.credentials() + ", mode 600)");
        CheckBox save = new CheckBox("Save the profile and its secret for next time");
        save.setSelected(true);
        TextArea findings = new TextArea();
        findings.setId("connect-findings");
        findings.setEditable(false);
        findings.setPrefRowCount(14);
        findings.setStyle("-fx-font-family: 'DejaVu Sans Mono';");
        String[] pinned = {null};
        tasks.run(() -> Profiles.read(paths.profiles()), ps -> {
            ps.all().forEach(p -> name.getItems().add(p.name()));
            name.valueProperty().addListener((o, a, n) -> ps.find(n).ifPresent(p -> {
                url.setText(p.url());
                node.setText(p.node() == null ? "" : p.node());
                token.setText(p.tokenId());
                pinned[0] = p.fingerprint();
            }));
        }, e -> findings.setText(e.getMessage()));
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Profile"), name);
        form.addRow(1, new Label("URL"), url);
        form.addRow(2, new Label("Node"), node);
        form.addRow(3, new Label("API token id"), token);
        form.addRow(4, new Label("Token secret"), secret);
        form.add(save, 1, 5);
        Button test = new Button("Test connection");
        test.setId("connect-test");
        Button sandbox = new Button("Use the sandbox");
        sandbox.setId("connect-sandbox");
        Button connect = new Button("Connect");
        connect.setId("connect-ok");
        connect.setDefaultButton(true);
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        sandbox.setOnAction(e -> {
            stage.close();
            useSandbox.run();
        });
        test.setOnAction(e -> {
            findings.setText("Probing " + url.getText() + " …");
            Form f = new Form(text(name), url.getText().strip(), blankToNull(node.getText()), token.getText().strip(),
                    secret.getText(), pinned[0]);
            TlsConfirm tls = new TlsConfirm(tasks, () -> stage);
            tasks.run(() -> probe(f, tls), r -> {
                findings.setText(ProbeText.of(r));
                if (tls.accepted() != null) {
                    pinned[0] = tls.accepted();
                    if (tls.always()) {
                        saveProfile(f.withPin(tls.accepted()), null, findings);
                    }
                }
            }, ex -> findings.setText("Connection failed: " + ex.getMessage()));
        });
        connect.setOnAction(e -> {
            Form f = new Form(text(name), url.getText().strip(), blankToNull(node.getText()), token.getText().strip(),
                    secret.getText(), pinned[0]);
            String problem = f.problem();
            if (problem != null) {
                findings.setText(problem);
                return;
            }
            if (save.isSelected()) {
                saveProfile(f, new TokenSecret(f.secret.toCharArray()), findings);
            }
            connected.accept(new ProfileTarget(f.profile(), new TokenSecret(f.secret.toCharArray())));
            stage.close();
        });
        HBox buttons = new HBox(8, test, sandbox, new javafx.scene.layout.Region(), cancel, connect);
        BorderPane root = new BorderPane(findings, form, null, buttons, null);
        root.setStyle("-fx-padding: 12; -fx-spacing: 8;");
        BorderPane.setMargin(findings, new javafx.geometry.Insets(8, 0, 8, 0));
        stage.setScene(new Scene(root, 640, 520));
        if (owner.get() != null && owner.get().getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.get().getScene().getStylesheets());
        }
        stage.show();
    }

    private void saveProfile(Form f, TokenSecret secret, TextArea findings) {
        tasks.run(() -> {
            Profiles.read(paths.profiles()).save(f.profile());
            if (secret != null) {
                new CredentialStore(paths.credentials()).store(f.name, secret);
                secret.destroy();
            }
            return paths.profiles();
        }, p -> { }, e -> findings.appendText("\nCould not save the profile: " + e.getMessage()));
    }

    private static ProbeReport probe(Form f, TlsConfirm tls) throws ConnectException {
        String problem = f.problem();
        if (problem != null) {
            throw new ConnectException(problem);
        }
        TlsTrust trust = (f.fingerprint == null ? TlsTrust.system() : TlsTrust.pinned(f.fingerprint)).withPrompt(tls);
        try (ProxmoxClient client = ProxmoxClient.builder(f.url, new Credentials.ApiToken(f.tokenId, Secret.of(f.secret.toCharArray())))
                .trust(trust).build()) {
            return new Probe(client).run();
        } catch (RuntimeException e) {
            throw new ConnectException(e.getMessage());
        }
    }

    /** What the user typed; the secret lives only as long as the dialog. */
    private record Form(String name, String url, String node, String tokenId, String secret, String fingerprint) {

        String problem() {
            if (name.isBlank() || !name.matches("[A-Za-z0-9._-]+")) {
                return "Give the profile a name (letters, digits, dot, dash, underscore), e.g. home-pve.";
            }
            if (!url.startsWith("https://")) {
                return "The URL must start with https://, e.g. https://pve.lan:8006.";
            }
            if (!tokenId.matches("[^@!\\s]+@[^@!\\s]+![^@!\\s]+")) {
                return "The token id looks like user@realm!tokenname, e.g. deployer@pve!labforge.";
            }
            if (secret.isBlank()) {
                return "Enter the token's secret (shown once when the token was created in Proxmox).";
            }
            return null;
        }

        ConnectionProfile profile() {
            return new ConnectionProfile(name, url, node, tokenId, fingerprint, null);
        }

        Form withPin(String fp) {
            return new Form(name, url, node, tokenId, secret, fp);
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
