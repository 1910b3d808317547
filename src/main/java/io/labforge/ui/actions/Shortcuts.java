package io.labforge.ui.actions;

import java.util.List;

/** The keyboard shortcuts, as listed under Help (and used by the menus). */
public final class Shortcuts {

    public record Shortcut(String keys, String action) {
    }

    public static final List<Shortcut> ALL = List.of(
            new Shortcut("Ctrl+N", "New lab"),
            new Shortcut("Ctrl+O", "Open lab"),
            new Shortcut("Ctrl+S", "Save"),
            new Shortcut("Ctrl+Shift+S", "Save as"),
            new Shortcut("Ctrl+E", "Export PNG / SVG"),
            new Shortcut("Ctrl+Z", "Undo"),
            new Shortcut("Ctrl+Y / Ctrl+Shift+Z", "Redo"),
            new Shortcut("Ctrl+C / Ctrl+V", "Copy / paste (links among copied elements kept)"),
            new Shortcut("Ctrl+D", "Duplicate selection"),
            new Shortcut("Ctrl+A", "Select all"),
            new Shortcut("Delete", "Delete selection"),
            new Shortcut("Ctrl+G", "Group selected nodes"),
            new Shortcut("Ctrl+L", "Auto-layout by zone"),
            new Shortcut("Ctrl+Plus / Ctrl+Minus", "Zoom in / out"),
            new Shortcut("Ctrl+0", "Fit the lab into view"),
            new Shortcut("Ctrl+1", "Zoom to 100 %"),
            new Shortcut("Mouse wheel", "Zoom around the pointer"),
            new Shortcut("Space+drag, middle drag", "Pan"),
            new Shortcut("Ctrl+click, drag on empty canvas", "Add to selection, rubber-band select"),
            new Shortcut("Alt while moving", "Move without snapping to the grid"),
            new Shortcut("Drag from a node's port (right edge)", "Connect the node to a network (adds a NIC)"),
            new Shortcut("F1", "This list"));

    private Shortcuts() {
    }
}
