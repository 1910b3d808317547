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
    public static final String QUIT = "file.quit";
    public static final String UNDO = "edit.undo";
    public static final String REDO = "edit.redo";
    public static final String REDO_ALT = "edit.redo-alt";
    public static final String CUT = "edit.cut";
    public static final String COPY = "edit.copy";
    public static final String PASTE = "edit.paste";
    public static final String DUPLICATE = "edit.duplicate";
    public static final String DELETE = "edit.delete";
    public static final String SELECT_ALL = "edit.select-all";
    public static final String GROUP = "arrange.group";
    public static final String AUTO_LAYOUT = "arrange.auto-layout";
    public static final String ZOOM_IN = "view.zoom-in";
    public static final String ZOOM_IN_EQUALS = "view.zoom-in-equals";
    public static final String ZOOM_IN_KEYPAD = "view.zoom-in-keypad";
    public static final String ZOOM_OUT = "view.zoom-out";
    public static final String ZOOM_OUT_KEYPAD = "view.zoom-out-keypad";
    public static final String ZOOM_FIT = "view.zoom-fit";
    public static final String ZOOM_RESET = "view.zoom-reset";
    public static final String VALIDATE = "lab.validate";
    public static final String HELP = "help.shortcuts";

    private static final List<Shortcut> ALL = List.of(
            Shortcut.key(NEW, "File", "New lab", "Shortcut+N", "Start an empty lab or one from a sample"),
            Shortcut.key(OPEN, "File", "Open lab", "Shortcut+O", "Open a lab file, or a PNG/SVG exported by Labforge"),
            Shortcut.key(SAVE, "File", "Save", "Shortcut+S", "Save the lab to its file"),
            Shortcut.key(SAVE_AS, "File", "Save as", "Shortcut+Shift+S", "Save the lab to a new file"),
            Shortcut.key(EXPORT, "File", "Export", "Shortcut+E", "Export the diagram as PNG or SVG (the lab travels inside), or the lab as OpenTofu"),
            Shortcut.key(QUIT, "File", "Quit", "Shortcut+Q", "Close the window (asks about unsaved changes)"),
            Shortcut.key(UNDO, "Edit", "Undo", "Shortcut+Z", "Undo the last edit"),
            Shortcut.key(REDO, "Edit", "Redo", "Shortcut+Y", "Redo the edit undone last"),
            Shortcut.key(REDO_ALT, "Edit", "Redo", "Shortcut+Shift+Z", "Redo, the other common key"),
            Shortcut.key(CUT, "Edit", "Cut", "Shortcut+X", "Copy the selection, then delete it"),
            Shortcut.key(COPY, "Edit", "Copy", "Shortcut+C", "Copy the selection; links among the copied elements are kept"),
            Shortcut.key(PASTE, "Edit", "Paste", "Shortcut+V", "Paste the copied elements"),
            Shortcut.key(DUPLICATE, "Edit", "Duplicate", "Shortcut+D", "Copy and paste the selection in one step"),
            Shortcut.key(SELECT_ALL, "Edit", "Select all", "Shortcut+A", "Select every node and network"),
            Shortcut.key(DELETE, "Edit", "Delete", "Delete", "Remove the selection and its links"),
            Shortcut.mouse("select.add", "Select", "Add to selection", "Ctrl + click", "Add or remove one element"),
            Shortcut.mouse("select.band", "Select", "Rubber band", "Drag on empty canvas", "Select everything inside the box"),
            Shortcut.mouse("edit.connect", "Edit", "Connect", "Drag from a node's port (right edge)",
                    "Drop on a network to add a NIC on it"),
            Shortcut.key(GROUP, "Arrange", "Group", "Shortcut+G", "Put the selected nodes in a group box"),
            Shortcut.key(AUTO_LAYOUT, "Arrange", "Auto-layout", "Shortcut+L", "Arrange by zone: WAN on top, edge devices, networks with their hosts"),
            Shortcut.mouse("arrange.no-snap", "Arrange", "Move without snapping", "Alt while moving", "Place freely, off the grid"),
            Shortcut.key(ZOOM_IN, "View", "Zoom in", "Shortcut+Plus", "Zoom in on the canvas"),
            Shortcut.key(ZOOM_IN_EQUALS, "View", "Zoom in", "Shortcut+Equals", "Zoom in, with the = key of US layouts"),
            Shortcut.key(ZOOM_IN_KEYPAD, "View", "Zoom in", "Shortcut+Add", "Zoom in, with the keypad"),
            Shortcut.key(ZOOM_OUT, "View", "Zoom out", "Shortcut+Minus", "Zoom out"),
            Shortcut.key(ZOOM_OUT_KEYPAD, "View", "Zoom out", "Shortcut+Subtract", "Zoom out, with the keypad"),
            Shortcut.mouse("view.wheel-zoom", "View", "Zoom at the pointer", "Mouse wheel", "Zoom around the mouse pointer"),
            Shortcut.key(ZOOM_FIT, "View", "Fit to window", "Shortcut+0", "Fit the lab into view"),
            Shortcut.key(ZOOM_RESET, "View", "Actual size", "Shortcut+1", "Zoom to 100 %"),
            Shortcut.mouse("view.pan", "View", "Pan", "Space + drag, or middle-button drag", "Move the view"),
            Shortcut.key(VALIDATE, "Lab", "Validate", "F7", "Check the lab and show the Problems tab"),
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
