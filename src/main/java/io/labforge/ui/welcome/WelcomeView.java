package io.labforge.ui.welcome;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** The start card over the empty canvas: new lab, open, samples (the homelab first), recent files. */
public final class WelcomeView extends VBox {

    public WelcomeView(WelcomeActions files, List<Samples.Sample> samples, Runnable close) {
        this(files, samples, close, null);
    }

    /**
     * @param tryOnSandbox opens a sample and rehearses its deploy on the built-in sandbox; {@code null}
     *                     leaves the "Try it on the sandbox" buttons out
     */
    public WelcomeView(WelcomeActions files, List<Samples.Sample> samples, Runnable close, Consumer<Path> tryOnSandbox) {
        this(files, samples, files.recent().list(), close, tryOnSandbox);
    }

    /** @param recent the recent files to list: those still on the disk, when a worker thread has checked */
    public WelcomeView(WelcomeActions files, List<Samples.Sample> samples, List<Path> recent, Runnable close,
                       Consumer<Path> tryOnSandbox) {
        setId("welcome");
        getStyleClass().add("welcome");
        setSpacing(12);
        setMaxSize(560, USE_PREF_SIZE);
        Label title = new Label("Labforge", new FontIcon("mdi2f-flask-outline"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label lead = new Label("Draw a homelab, check it as a graph, export it — then deploy it to Proxmox VE.");
        lead.getStyleClass().add(Styles.TEXT_MUTED);
        lead.setWrapText(true);
        Button newLab = new Button("New lab", new FontIcon("mdi2f-file-outline"));
        newLab.setId("welcome-new");
        newLab.setTooltip(new Tooltip("An empty canvas: drag networks and machines from the palette on the left"));
        newLab.setOnAction(e -> {
            close.run();
            files.newLab();
        });
        Button open = new Button("Open…", new FontIcon("mdi2f-folder-open-outline"));
        open.setId("welcome-open");
        open.setTooltip(new Tooltip("Open a lab file (.yaml), or a PNG/SVG exported by Labforge"));
        open.setOnAction(e -> {
            close.run();
            files.open();
        });
        getChildren().addAll(title, lead, new HBox(8, newLab, open));
        if (!samples.isEmpty()) {
            getChildren().add(section("Samples"));
            if (tryOnSandbox != null) {
                Label how = new Label("Click a name to open it. \"Try it on the sandbox\" also deploys it to the built-in sandbox — "
                        + "a simulated Proxmox VE on this computer; nothing leaves this machine — in two clicks.");
                how.setId("welcome-sandbox-hint");
                how.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                how.setWrapText(true);
                getChildren().add(how);
            }
            for (Samples.Sample s : samples) {
                getChildren().add(sampleRow(files, s, close, tryOnSandbox));
            }
        }
        if (!recent.isEmpty()) {
            getChildren().add(section("Recent"));
            for (Path r : recent) {
                Hyperlink link = new Hyperlink(r.getFileName() + "   " + r.getParent(), new FontIcon("mdi2h-history"));
                link.getStyleClass().add("welcome-recent");
                link.setOnAction(e -> {
                    close.run();
                    files.open(r);
                });
                getChildren().add(link);
            }
        }
        setAlignment(Pos.TOP_LEFT);
    }

    private static HBox sampleRow(WelcomeActions files, Samples.Sample sample, Runnable close, Consumer<Path> tryOnSandbox) {
        String name = sample.name();
        Hyperlink link = new Hyperlink(name, new FontIcon("mdi2f-flask-outline"));
        link.setId("welcome-sample-" + name);
        link.setTooltip(new Tooltip("Open " + sample.file().getFileName() + " on the canvas (as a new, unsaved lab)"));
        link.setOnAction(e -> {
            close.run();
            files.openSample(sample.file());
        });
        Label about = new Label(sample.description());
        about.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        about.setWrapText(true);
        about.setPadding(new javafx.geometry.Insets(0, 0, 0, 24));
        VBox text = new VBox(0, link, about);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(8, text);
        row.getStyleClass().add("welcome-sample");
        if (tryOnSandbox != null) {
            Button tryIt = new Button("Try it on the sandbox", new FontIcon("mdi2r-rocket-launch-outline"));
            tryIt.setId("welcome-try-" + name);
            tryIt.getStyleClass().add(Styles.SMALL);
            tryIt.setMinWidth(USE_PREF_SIZE);
            if (name.equals("homelab")) {
                tryIt.getStyleClass().add(Styles.ACCENT);
            }
            tryIt.setTooltip(new Tooltip("Opens " + name + ", starts the sandbox (a simulated Proxmox VE on this computer; "
                    + "nothing leaves this machine) and shows the plan. Press Deploy to build it."));
            tryIt.setOnAction(e -> {
                close.run();
                tryOnSandbox.accept(sample.file());
            });
            row.getChildren().add(tryIt);
        }
        return row;
    }

    private static Label section(String text) {
        Label l = new Label(text.toUpperCase());
        l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "welcome-section");
        return l;
    }
}
