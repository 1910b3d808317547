package io.labforge.ui.actions;

import atlantafx.base.theme.Styles;
import io.labforge.edit.Arrange;
import io.labforge.ui.LabDocument;
import io.labforge.ui.canvas.LabCanvas;
import io.labforge.ui.file.FileActions;
import io.labforge.ui.theme.Themes;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;

/** The menu bar and the toolbar; each entry calls an action object, nothing more. */
public final class MainMenu {

    /** What the menus call besides file, edit and canvas actions. */
    public record Extra(Runnable export, Runnable validate, Runnable shortcuts, Runnable about, Runnable welcome,
                        Runnable quit) {
    }

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
                item("New lab", "Shortcut+N", e -> files.newLab()),
                item("Open…", "Shortcut+O", e -> files.open()),
                item("Welcome / samples…", null, e -> extra.welcome().run()),
                item("Save", "Shortcut+S", e -> files.save()),
                item("Save as…", "Shortcut+Shift+S", e -> files.saveAs()),
                item("Export PNG / SVG…", "Shortcut+E", e -> extra.export().run()),
                item("Quit", "Shortcut+Q", e -> extra.quit().run()));
        MenuItem undo = item("Undo", "Shortcut+Z", e -> doc.undo());
        undo.setId("menu-undo");
        MenuItem redo = item("Redo", "Shortcut+Y", e -> doc.redo());
        redo.setId("menu-redo");
        MenuItem redo2 = item("Redo", "Shortcut+Shift+Z", e -> doc.redo());
        redo2.setVisible(false);
        doc.revisionProperty().addListener((o, a, b) -> {
            undo.setText(doc.stack().undoDescription().map(d -> "Undo " + d).orElse("Undo"));
            redo.setText(doc.stack().redoDescription().map(d -> "Redo " + d).orElse("Redo"));
            undo.setDisable(!doc.stack().canUndo());
            redo.setDisable(!doc.stack().canRedo());
        });
        undo.setDisable(true);
        redo.setDisable(true);
        Menu editMenu = new Menu("_Edit", null, undo, redo, redo2,
                item("Cut", "Shortcut+X", e -> {
                    edit.copy();
                    edit.delete();
                }),
                item("Copy", "Shortcut+C", e -> edit.copy()),
                item("Paste", "Shortcut+V", e -> edit.paste()),
                item("Duplicate", "Shortcut+D", e -> edit.duplicate()),
                item("Delete", "Delete", e -> edit.delete()),
                item("Select all", "Shortcut+A", e -> edit.selectAll()));
        Menu arrange = new Menu("_Arrange", null,
                item("Auto-layout by zone", "Shortcut+L", e -> edit.autoLayout()),
                item("Group selected nodes", "Shortcut+G", e -> edit.group()),
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
                item("Zoom in", "Shortcut+Equals", e -> canvas.zoomIn()),
                item("Zoom in", "Shortcut+Add", e -> canvas.zoomIn()),
                item("Zoom out", "Shortcut+Minus", e -> canvas.zoomOut()),
                item("Zoom out", "Shortcut+Subtract", e -> canvas.zoomOut()),
                item("Fit lab", "Shortcut+0", e -> canvas.fit()),
                item("Actual size", "Shortcut+1", e -> canvas.actualSize()),
                dark);
        view.getItems().get(1).setVisible(false);
        view.getItems().get(3).setVisible(false);
        Menu lab = new Menu("_Lab", null,
                item("Validate", "F7", e -> extra.validate().run()),
                disabled("Plan… (needs a Proxmox connection)"),
                disabled("Deploy… (needs a Proxmox connection)"),
                disabled("Destroy… (needs a Proxmox connection)"));
        Menu help = new Menu("_Help", null,
                item("Keyboard shortcuts", "F1", e -> extra.shortcuts().run()),
                item("About Labforge", null, e -> extra.about().run()));
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
                tool("tool-new", "mdi2f-file-outline", "New lab (Ctrl+N)", files::newLab),
                tool("tool-open", "mdi2f-folder-open-outline", "Open (Ctrl+O)", files::open),
                tool("tool-save", "mdi2c-content-save-outline", "Save (Ctrl+S)", files::save),
                tool("tool-export", "mdi2i-image-outline", "Export PNG / SVG (Ctrl+E)", extra.export()),
                new Separator(),
                tool("tool-undo", "mdi2u-undo", "Undo (Ctrl+Z)", doc::undo),
                tool("tool-redo", "mdi2r-redo", "Redo (Ctrl+Y)", doc::redo),
                new Separator(),
                tool("tool-layout", "mdi2s-sitemap-outline", "Auto-layout by zone (Ctrl+L)", edit::autoLayout),
                tool("tool-zoom-in", "mdi2m-magnify-plus-outline", "Zoom in (Ctrl++)", canvas::zoomIn),
                tool("tool-zoom-out", "mdi2m-magnify-minus-outline", "Zoom out (Ctrl+-)", canvas::zoomOut),
                tool("tool-fit", "mdi2f-fit-to-screen-outline", "Fit lab (Ctrl+0)", canvas::fit),
                new Separator(),
                tool("tool-validate", "mdi2c-check-decagram-outline", "Validate (F7)", extra.validate()),
                dark);
        bar.setId("tool-bar");
        return bar;
    }

    private static Button tool(String id, String icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private static MenuItem item(String text, String keys, EventHandler<ActionEvent> action) {
        MenuItem m = new MenuItem(text);
        if (keys != null) {
            m.setAccelerator(KeyCombination.keyCombination(keys));
        }
        m.setOnAction(action);
        return m;
    }

    private static MenuItem disabled(String text) {
        MenuItem m = new MenuItem(text);
        m.setDisable(true);
        return m;
    }
}
