package io.labforge.ui.help;

import javafx.scene.input.KeyCombination;

import java.util.Objects;

/**
 * One entry of the keyboard and mouse reference.
 *
 * @param id          stable name the menus look the shortcut up by, e.g. {@code edit.undo}
 * @param group       heading in the Help dialog, e.g. {@code Edit}
 * @param action      what the user calls it, e.g. {@code Undo}
 * @param keys        JavaFX key combination ({@code Shortcut} is Ctrl, or Cmd on macOS), or {@code null} for a mouse gesture
 * @param gesture     mouse gesture in words when {@code keys} is {@code null}, e.g. {@code Space + drag}
 * @param description one line on what it does
 */
public record Shortcut(String id, String group, String action, String keys, String gesture, String description) {

    public Shortcut {
        Objects.requireNonNull(id, "id");
        if ((keys == null) == (gesture == null)) {
            throw new IllegalArgumentException(id + ": give either keys or a gesture");
        }
    }

    static Shortcut key(String id, String group, String action, String keys, String description) {
        return new Shortcut(id, group, action, keys, null, description);
    }

    static Shortcut mouse(String id, String group, String action, String gesture, String description) {
        return new Shortcut(id, group, action, null, gesture, description);
    }

    public boolean isKey() {
        return keys != null;
    }

    /** For {@code MenuItem.setAccelerator}; only for key shortcuts. */
    public KeyCombination combination() {
        if (keys == null) {
            throw new IllegalStateException(id + " is a mouse gesture, not a key combination");
        }
        return KeyCombination.valueOf(keys);
    }

    /** As the user sees it on this platform, e.g. {@code Ctrl+Z} or {@code ⌘Z}. */
    public String displayText() {
        return isKey() ? combination().getDisplayText() : gesture;
    }
}
