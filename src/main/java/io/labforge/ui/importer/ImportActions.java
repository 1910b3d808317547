package io.labforge.ui.importer;

import io.labforge.app.DeploySession;
import io.labforge.deploy.importer.ImportSource;
import io.labforge.deploy.port.Guest;
import io.labforge.model.Lab;
import io.labforge.ui.LabDocument;
import io.labforge.ui.LogModel;
import io.labforge.ui.deploy.DeployModel;
import io.labforge.ui.deploy.DeployTarget;
import io.labforge.ui.file.FileActions;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * File → Import from Proxmox…: with the window's connection (or after Connect), lists the cluster's
 * guests, lets the user choose, reads the chosen ones and opens them as a new untitled lab, laid out
 * by zone, with the Problems panel showing what to fill in before a deploy. Reads run on the task runner.
 */
public final class ImportActions {

    /** How the window connects first when it is not connected: calls back with the new target. */
    @FunctionalInterface
    public interface Connector {
        void connect(Consumer<DeployTarget> connected);
    }

    private final DeployModel model;
    private final LabDocument doc;
    private final FileActions files;
    private final LogModel log;
    private final Connector connector;
    private final Supplier<Window> owner;
    private final Runnable showProblems;
    private final Runnable opened;

    public ImportActions(DeployModel model, LabDocument doc, FileActions files, LogModel log, Connector connector,
                         Supplier<Window> owner, Runnable showProblems, Runnable opened) {
        this.model = model;
        this.doc = doc;
        this.files = files;
        this.log = log;
        this.connector = connector;
        this.owner = owner;
        this.showProblems = showProblems;
        this.opened = opened;
    }

    /** Adds "Import from Proxmox…" to the File menu, after "Open…". */
    public void install(MenuBar bar) {
        MenuItem item = new MenuItem("Import from Proxmox…");
        item.setId("menu-import-proxmox");
        item.setOnAction(e -> importCluster());
        for (Menu m : bar.getMenus()) {
            if (m.getText().replace("_", "").equals("File")) {
                int open = m.getItems().stream().map(MenuItem::getText).toList().indexOf("Open…");
                m.getItems().add(open < 0 ? m.getItems().size() : open + 1, item);
            }
        }
    }

    public void importCluster() {
        DeployTarget t = model.targetProperty().get();
        if (t == null) {
            connector.connect(this::listGuests);
        } else {
            listGuests(t);
        }
    }

    private void listGuests(DeployTarget t) {
        log.info("Import: reading the guests of " + t.label() + "…");
        doc.tasks().run(() -> {
            try (DeploySession s = t.open(Lab.empty("imported"), null)) {
                return new ImportSource(s.cluster()).candidates();
            }
        }, guests -> choose(t, guests), e -> failed(t, e));
    }

    private void choose(DeployTarget t, List<Guest> guests) {
        ImportDialog.ask(owner.get(), t.label(), guests).ifPresent(c -> doc.tasks().run(() -> {
            try (DeploySession s = t.open(Lab.empty(c.labName()), null)) {
                return new ImportSource(s.cluster()).read(c.labName(), c.vmids());
            }
        }, lab -> files.whenSettled(() -> {
            doc.replace(lab, null);
            opened.run();
            showProblems.run();
            log.info("Imported " + lab.nodes().size() + " guests and " + lab.networks().size() + " networks from " + t.label()
                    + " as '" + lab.name() + "' (not saved yet). The Problems tab lists anything to fix before deploying it.");
        }), e -> failed(t, e)));
    }

    private void failed(DeployTarget t, Exception e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        log.info("Import from " + t.label() + " failed: " + why);
        model.messageProperty().set("Import failed: " + why);
    }
}
