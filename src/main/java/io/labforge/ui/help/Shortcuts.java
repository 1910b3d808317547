package io.labforge.ui.help;

import java.util.List;
import java.util.Optional;

/**
 * The keyboard and mouse shortcuts of the designer window: one list, read by the menus (accelerators)
 * and by the Help dialog, so the two never disagree.
 */
public final class Shortcuts {

    public static final String NEW = "file.new";
    public static final String OPEN = "file.open";
    public static final String SAVE = "file.save";
    public static final String SAVE_AS = "file.save-as";
    public static final String EXPORT = "file.export";
    public static final String CLOSE = "file.quit";
    public static final String UNDO = "edit.undo";
    public static final String REDO = "edit.redo";
    public static final String CUT = "edit.cut";
    public static final String COPY = "edit.copy";
    public static final String PASTE = "edit.paste";
    public static final String DUPLICATE = "edit.duplicate";
    public static final String DELETE = "edit.delete";
    public static final String SELECT_ALL = "edit.select-all";
    public static final String FIND = "edit.find";
    public static final String GROUP = "arrange.group";
    public static final String UNGROUP = "arrange.ungroup";
    public static final String AUTO_LAYOUT = "arrange.auto-layout";
    public static final String ZOOM_IN = "view.zoom-in";
    public static final String ZOOM_OUT = "view.zoom-out";
    public static final String ZOOM_FIT = "view.zoom-fit";
    public static final String ZOOM_RESET = "view.zoom-reset";
    public static final String TOGGLE_GRID = "view.grid";
    public static final String VALIDATE = "lab.validate";
    public static final String PLAN = "lab.plan";
    public static final String DEPLOY = "lab.deploy";
    public static final String HELP = "help.shortcuts";

    private static final List<Shortcut> ALL = List.of(
            Shortcut.key(NEW, "File", "New lab", "Shortcut+N", "Start an empty lab or one from a sample"),
            Shortcut.key(OPEN, "File", "Open", "Shortcut+O", "Open a lab file, or a PNG/SVG exported by Labforge"),
            Shortcut.key(SAVE, "File", "Save", "Shortcut+S", "Save the lab to its file"),
            Shortcut.key(SAVE_AS, "File", "Save as", "Shortcut+Shift+S", "Save the lab to a new file"),
            Shortcut.key(EXPORT, "File", "Export", "Shortcut+E", "Export the diagram (PNG, SVG) or the lab (YAML, JSON, DOT, ...)"),
            Shortcut.key(CLOSE, "File", "Quit", "Shortcut+Q", "Close the window; asks first when there are unsaved changes"),
            Shortcut.key(UNDO, "Edit", "Undo", "Shortcut+Z", "Undo the last edit"),
            Shortcut.key(REDO, "Edit", "Redo", "Shortcut+Y", "Redo the edit undone last (also Ctrl+Shift+Z)"),
            Shortcut.key(CUT, "Edit", "Cut", "Shortcut+X", "Copy the selection and remove it"),
            Shortcut.key(COPY, "Edit", "Copy", "Shortcut+C", "Copy the selection; links among the copied nodes are kept"),
            Shortcut.key(PASTE, "Edit", "Paste", "Shortcut+V", "Paste with fresh ids and unique static IPs"),
            Shortcut.key(DUPLICATE, "Edit", "Duplicate", "Shortcut+D", "Copy and paste the selection in one step"),
            Shortcut.key(DELETE, "Edit", "Delete", "Delete", "Remove the selection and its links"),
            Shortcut.key(SELECT_ALL, "Edit", "Select all", "Shortcut+A", "Select every node and network"),
            Shortcut.key(FIND, "Edit", "Find in palette", "Shortcut+F", "Search the node kinds of the palette"),
            Shortcut.mouse("select.add", "Select", "Add to selection", "Ctrl + click", "Add or remove one element"),
            Shortcut.mouse("select.band", "Select", "Rubber band", "Drag on empty canvas", "Select everything inside the box"),
            Shortcut.mouse("edit.connect", "Edit", "Connect", "Drag from a node to a network", "Add a NIC on that network"),
            Shortcut.key(GROUP, "Arrange", "Group", "Shortcut+G", "Put the selected nodes in a group box"),
            Shortcut.key(UNGROUP, "Arrange", "Ungroup", "Shortcut+Shift+G", "Dissolve the selected group"),
            Shortcut.key(AUTO_LAYOUT, "Arrange", "Auto-layout", "Shortcut+L", "Arrange by zone: WAN on top, then edge, networks, hosts"),
            Shortcut.mouse("arrange.no-snap", "Arrange", "Move without snapping", "Alt + drag", "Place freely, off the grid"),
            Shortcut.key(ZOOM_IN, "View", "Zoom in", "Shortcut+Plus", "Also Ctrl + mouse wheel"),
            Shortcut.key(ZOOM_OUT, "View", "Zoom out", "Shortcut+Minus", "Also Ctrl + mouse wheel"),
            Shortcut.key(ZOOM_FIT, "View", "Fit to window", "Shortcut+0", "Show the whole lab"),
            Shortcut.key(ZOOM_RESET, "View", "Actual size", "Shortcut+1", "Zoom to 100 %"),
            Shortcut.key(TOGGLE_GRID, "View", "Grid", "Shortcut+Quote", "Show or hide the grid"),
            Shortcut.mouse("view.pan", "View", "Pan", "Space + drag, or middle button", "Move the view"),
            Shortcut.key(VALIDATE, "Lab", "Validate", "F7", "Check the lab and list the problems"),
            Shortcut.key(PLAN, "Lab", "Plan", "F8", "Show what a deploy would change; changes nothing"),
            Shortcut.key(DEPLOY, "Lab", "Deploy", "F9", "Apply the plan to the Proxmox target, after you confirm"),
            Shortcut.key(HELP, "Help", "Keyboard shortcuts", "F1", "This list"));

    private Shortcuts() {
    }

    /** Every shortcut, grouped in menu order. */
    public static List<Shortcut> all() {
        return ALL;
    }

    public static Optional<Shortcut> find(String id) {
        return ALL.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The shortcut with this id; an unknown id is a programming error. */
    public static Shortcut get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no shortcut " + id));
    }
}
