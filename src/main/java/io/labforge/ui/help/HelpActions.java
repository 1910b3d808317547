package io.labforge.ui.help;

import io.labforge.app.ThirdPartyNotices;
import io.labforge.ui.task.TaskRunner;
import javafx.stage.Window;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the Help menu does: the shortcut table, the About box (its licence list read off the FX
 * thread), and the documentation (the local {@code docs/} folder in the browser when there is one).
 */
public final class HelpActions {

    /** Overrides where the documentation is looked for. */
    public static final String DOCS_PROPERTY = "labforge.docs";

    private final TaskRunner tasks;
    private final Supplier<Window> owner;
    private final Consumer<URI> browser;
    private final Consumer<String> log;

    /**
     * @param browser opens an address in the desktop's browser, or {@code null} where there is none
     *                (then Documentation shows the About box, which names where the guides are)
     */
    public HelpActions(TaskRunner tasks, Supplier<Window> owner, Consumer<URI> browser, Consumer<String> log) {
        this.tasks = tasks;
        this.owner = owner;
        this.browser = browser;
        this.log = log;
    }

    /**
     * Opens addresses with the desktop's browser; {@code null} on a Linux desktop without {@code xdg-open}
     * (where JavaFX would silently do nothing), so Documentation then shows where the guides are.
     */
    public static Consumer<URI> browser(javafx.application.HostServices host) {
        boolean linux = System.getProperty("os.name", "").toLowerCase().contains("linux");
        if (linux && !onPath("xdg-open")) {
            return null;
        }
        return uri -> host.showDocument(uri.toString());
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isBlank() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    public void shortcuts() {
        show(new ShortcutsDialog());
    }

    public void about() {
        tasks.run(() -> new Loaded(ThirdPartyNotices.load(), docsFolder()),
                loaded -> show(new AboutDialog(loaded.notices(), docsText(loaded.docs()))),
                failed -> {
                    log.accept("Could not read the licence list: " + failed.getMessage());
                    show(new AboutDialog(List.of(), AboutDialog.DOCS_URL));
                });
    }

    public void documentation() {
        tasks.run(HelpActions::docsFolder, docs -> {
            if (docs.isPresent() && browser != null) {
                browser.accept(docs.get().toUri());
                log.accept("Opened the documentation: " + docs.get());
            } else {
                about();
            }
        }, failed -> about());
    }

    /** The docs folder: {@code -Dlabforge.docs}, else {@code docs/} of the working directory. */
    static Optional<Path> docsFolder() {
        String configured = System.getProperty(DOCS_PROPERTY);
        Path dir = configured == null || configured.isBlank() ? Path.of("docs") : Path.of(configured);
        return Files.isRegularFile(dir.resolve("designer.md")) ? Optional.of(dir.toAbsolutePath().normalize()) : Optional.empty();
    }

    private static String docsText(Optional<Path> docs) {
        return docs.map(Path::toString).orElse(AboutDialog.DOCS_URL);
    }

    private void show(javafx.scene.control.Dialog<?> dialog) {
        Window w = owner.get();
        if (w != null) {
            dialog.initOwner(w);
        }
        dialog.show();
    }

    private record Loaded(List<ThirdPartyNotices.Notice> notices, Optional<Path> docs) {
    }
}
