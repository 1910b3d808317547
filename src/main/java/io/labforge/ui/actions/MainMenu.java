package io.labforge.ui.actions;

import io.labforge.edit.Arrange;
import io.labforge.ui.LabDocument;
import io.labforge.ui.canvas.LabCanvas;
import io.labforge.ui.file.FileActions;
import io.labforge.ui.help.Shortcuts;
import io.labforge.ui.theme.Themes;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/** The menu bar and the toolbar; each entry calls an action object, nothing more. */
public final class MainMenu {

    /** What the menus call besides file, edit and canvas actions. */
    public record Extra(Runnable export, Runnable validate, Runnable shortcuts, Runnable documentation,
                        Runnable about, Runnable welcome, Runnable quit) {
    }

    public static final String HELP_SHORTCUTS_ID = "menu-help-shortcuts";
    public static final String HELP_DOCS_ID = "menu-help-docs";
    public static final String HELP_ABOUT_ID = "menu-help-about";

    private final LabDocument doc;
    private final FileActions files;
    private final EditActions edit;
    private final LabCanvas canvas;
    private final Themes themes;
    private final Extra extra;

    public MainMenu(LabDocument doc, FileActions files, EditActions edit, LabCanvas canvas, Themes themes, Extra extra) {
        this.doc = doc;
        this.files = files;
        this.edit = edit;
        this.canvas = canvas;
        this.themes = themes;
        this.extra = extra;
    }

    public MenuBar menuBar() {
        Menu file = new Menu("_File", null,
                item("New lab", Shortcuts.NEW, e -> files.newLab()),
                item("Open…", Shortcuts.OPEN, e -> files.open()),
                item("Welcome / samples…", null, e -> extra.welcome().run()),
                item("Save", Shortcuts.SAVE, e -> files.save()),
                item("Save as…", Shortcuts.SAVE_AS, e -> files.saveAs()),
                item("Export PNG / SVG / OpenTofu…", Shortcuts.EXPORT, e -> extra.export().run()),
                item("Quit", Shortcuts.QUIT, e -> extra.quit().run()));
        MenuItem undo = item("Undo", Shortcuts.UNDO, e -> doc.undo());
        undo.setId("menu-undo");
        MenuItem redo = item("Redo", Shortcuts.REDO, e -> doc.redo());
        redo.setId("menu-redo");
        MenuItem redo2 = hidden(Shortcuts.REDO_ALT, e -> doc.redo());
        doc.revisionProperty().addListener((o, a, b) -> {
            undo.setText(doc.stack().undoDescription().map(d -> "Undo " + d).orElse("Undo"));
            redo.setText(doc.stack().redoDescription().map(d -> "Redo " + d).orElse("Redo"));
            undo.setDisable(!doc.stack().canUndo());
            redo.setDisable(!doc.stack().canRedo());
        });
        undo.setDisable(true);
        redo.setDisable(true);
        Menu editMenu = new Menu("_Edit", null, undo, redo, redo2,
                item("Cut", Shortcuts.CUT, e -> {
                    edit.copy();
                    edit.delete();
                }),
                item("Copy", Shortcuts.COPY, e -> edit.copy()),
                item("Paste", Shortcuts.PASTE, e -> edit.paste()),
                item("Duplicate", Shortcuts.DUPLICATE, e -> edit.duplicate()),
                item("Delete", Shortcuts.DELETE, e -> edit.delete()),
                item("Select all", Shortcuts.SELECT_ALL, e -> edit.selectAll()));
        Menu arrange = new Menu("_Arrange", null,
                item("Auto-layout by zone", Shortcuts.AUTO_LAYOUT, e -> edit.autoLayout()),
                item("Group selected nodes", Shortcuts.GROUP, e -> edit.group()),
                item("Align left", null, e -> edit.align(Arrange.Align.LEFT)),
                item("Align centre", null, e -> edit.align(Arrange.Align.CENTER)),
                item("Align right", null, e -> edit.align(Arrange.Align.RIGHT)),
                item("Align top", null, e -> edit.align(Arrange.Align.TOP)),
                item("Align middle", null, e -> edit.align(Arrange.Align.MIDDLE)),
                item("Align bottom", null, e -> edit.align(Arrange.Align.BOTTOM)),
                item("Distribute horizontally", null, e -> edit.distribute(true)),
                item("Distribute vertically", null, e -> edit.distribute(false)));
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.selectedProperty().bindBidirectional(themes.darkProperty());
        Menu view = new Menu("_View", null,
                item("Zoom in", Shortcuts.ZOOM_IN, e -> canvas.zoomIn()),
                hidden(Shortcuts.ZOOM_IN_EQUALS, e -> canvas.zoomIn()),
                hidden(Shortcuts.ZOOM_IN_KEYPAD, e -> canvas.zoomIn()),
                item("Zoom out", Shortcuts.ZOOM_OUT, e -> canvas.zoomOut()),
                hidden(Shortcuts.ZOOM_OUT_KEYPAD, e -> canvas.zoomOut()),
                item("Fit lab", Shortcuts.ZOOM_FIT, e -> canvas.fit()),
                item("Actual size", Shortcuts.ZOOM_RESET, e -> canvas.actualSize()),
                dark);
        Menu lab = new Menu("_Lab", null,
                item("Validate", Shortcuts.VALIDATE, e -> extra.validate().run()),
                disabled("Plan… (needs a Proxmox connection)"),
                disabled("Deploy… (needs a Proxmox connection)"),
                disabled("Destroy… (needs a Proxmox connection)"));
        Menu help = new Menu("_Help", null,
                item("Keyboard shortcuts", Shortcuts.HELP, e -> extra.shortcuts().run()),
                item("Documentation", null, e -> extra.documentation().run()),
                item("About Labforge", null, e -> extra.about().run()));
        help.getItems().get(0).setId(HELP_SHORTCUTS_ID);
        help.getItems().get(1).setId(HELP_DOCS_ID);
        help.getItems().get(2).setId(HELP_ABOUT_ID);
        MenuBar bar = new MenuBar(file, editMenu, arrange, view, lab, help);
        bar.setId("menu-bar");
        return bar;
    }

    public ToolBar toolBar() {
        ToggleButton dark = new ToggleButton(null, new FontIcon("mdi2t-theme-light-dark"));
        dark.setId("tool-theme");
        dark.selectedProperty().bindBidirectional(themes.darkProperty());
        dark.setTooltip(new Tooltip("Light / dark theme"));
        ToolBar bar = new ToolBar(
                ToolButton.of("tool-new", "mdi2f-file-outline", tip("New lab", Shortcuts.NEW), files::newLab),
                ToolButton.of("tool-open", "mdi2f-folder-open-outline", tip("Open", Shortcuts.OPEN), files::open),
                ToolButton.of("tool-save", "mdi2c-content-save-outline", tip("Save", Shortcuts.SAVE), files::save),
                ToolButton.of("tool-export", "mdi2i-image-outline", tip("Export PNG / SVG / OpenTofu", Shortcuts.EXPORT), extra.export()),
                new Separator(),
                ToolButton.of("tool-undo", "mdi2u-undo", tip("Undo", Shortcuts.UNDO), doc::undo),
                ToolButton.of("tool-redo", "mdi2r-redo", tip("Redo", Shortcuts.REDO), doc::redo),
                new Separator(),
                ToolButton.of("tool-layout", "mdi2s-sitemap-outline", tip("Auto-layout by zone", Shortcuts.AUTO_LAYOUT), edit::autoLayout),
                ToolButton.of("tool-zoom-in", "mdi2m-magnify-plus-outline", tip("Zoom in", Shortcuts.ZOOM_IN), canvas::zoomIn),
                ToolButton.of("tool-zoom-out", "mdi2m-magnify-minus-outline", tip("Zoom out", Shortcuts.ZOOM_OUT), canvas::zoomOut),
                ToolButton.of("tool-fit", "mdi2f-fit-to-screen-outline", tip("Fit lab", Shortcuts.ZOOM_FIT), canvas::fit),
                new Separator(),
                ToolButton.of("tool-validate", "mdi2c-check-decagram-outline", tip("Validate", Shortcuts.VALIDATE), extra.validate()),
                dark);
        bar.setId("tool-bar");
        return bar;
    }

    /** A menu item whose accelerator is the shortcut {@code shortcutId} of {@link Shortcuts}, if any. */
    private static MenuItem item(String text, String shortcutId, EventHandler<ActionEvent> action) {
        MenuItem m = new MenuItem(text);
        if (shortcutId != null) {
            m.setAccelerator(Shortcuts.get(shortcutId).combination());
        }
        m.setOnAction(action);
        return m;
    }

    /** An invisible item that only carries a second key for an action shown elsewhere in the menu. */
    private static MenuItem hidden(String shortcutId, EventHandler<ActionEvent> action) {
        MenuItem m = item(Shortcuts.get(shortcutId).action(), shortcutId, action);
        m.setVisible(false);
        return m;
    }

    /** Tooltip text with the key as this platform shows it, e.g. {@code Save (Ctrl+S)}. */
    private static String tip(String text, String shortcutId) {
        return text + " (" + Shortcuts.get(shortcutId).displayText() + ")";
    }

    private static MenuItem disabled(String text) {
        MenuItem m = new MenuItem(text);
        m.setDisable(true);
        return m;
    }
}
