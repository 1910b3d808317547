package io.labforge.ui.welcome;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.nio.file.Path;
import java.util.List;

/** The start card over the empty canvas: new lab, open, samples (the homelab first), recent files. */
public final class WelcomeView extends VBox {

    public WelcomeView(WelcomeActions files, List<Path> samples, Runnable close) {
        setId("welcome");
        getStyleClass().add("welcome");
        setSpacing(12);
        setMaxSize(520, USE_PREF_SIZE);
        Label title = new Label("Labforge", new FontIcon("mdi2f-flask-outline"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label lead = new Label("Draw a homelab, check it as a graph, export it — then deploy it to Proxmox VE.");
        lead.getStyleClass().add(Styles.TEXT_MUTED);
        lead.setWrapText(true);
        Button newLab = new Button("New lab", new FontIcon("mdi2f-file-outline"));
        newLab.setId("welcome-new");
        newLab.getStyleClass().add(Styles.ACCENT);
        newLab.setOnAction(e -> {
            close.run();
            files.newLab();
        });
        Button open = new Button("Open…", new FontIcon("mdi2f-folder-open-outline"));
        open.setId("welcome-open");
        open.setOnAction(e -> {
            close.run();
            files.open();
        });
        getChildren().addAll(title, lead, new HBox(8, newLab, open));
        if (!samples.isEmpty()) {
            getChildren().add(section("Samples"));
            for (Path s : samples) {
                Hyperlink link = new Hyperlink(s.getFileName().toString().replaceFirst("\\.yaml$", ""), new FontIcon("mdi2f-flask-outline"));
                link.setId("welcome-sample-" + s.getFileName().toString().replaceFirst("\\.yaml$", ""));
                link.setOnAction(e -> {
                    close.run();
                    files.openSample(s);
                });
                getChildren().add(link);
            }
        }
        List<Path> recent = files.recent().list();
        if (!recent.isEmpty()) {
            getChildren().add(section("Recent"));
            for (Path r : recent) {
                Hyperlink link = new Hyperlink(r.getFileName() + "   " + r.getParent(), new FontIcon("mdi2h-history"));
                link.setOnAction(e -> {
                    close.run();
                    files.open(r);
                });
                getChildren().add(link);
            }
        }
        setAlignment(Pos.TOP_LEFT);
    }

    private static Label section(String text) {
        Label l = new Label(text.toUpperCase());
        l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "welcome-section");
        return l;
    }
}
