package io.labforge.ui.file;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The last opened or saved lab files, newest first, kept in the user's preferences. */
public final class RecentFiles {

    private static final int MAX = 8;
    private final Preferences prefs;

    public RecentFiles(Preferences prefs) {
        this.prefs = prefs;
    }

    public static RecentFiles user() {
        return new RecentFiles(Preferences.userRoot().node("io/labforge/recent"));
    }

    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String p = prefs.get("file" + i, null);
            if (p != null) {
                out.add(Path.of(p));
            }
        }
        return out;
    }

    /**
     * The list without the files that are gone. It reads the disk, so it is for a worker thread; the files
     * stay on the list, since a share or a removable disk may only be away for now.
     */
    public List<Path> existing() {
        return list().stream().filter(Files::isRegularFile).toList();
    }

    public void add(Path file) {
        List<Path> files = new ArrayList<>(list());
        Path abs = file.toAbsolutePath().normalize();
        files.remove(abs);
        files.add(0, abs);
        store(files);
    }

    /** Takes {@code file} off the list (it was moved or deleted). */
    public void remove(Path file) {
        List<Path> files = new ArrayList<>(list());
        files.remove(file.toAbsolutePath().normalize());
        store(files);
    }

    private void store(List<Path> files) {
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                prefs.put("file" + i, files.get(i).toString());
            } else {
                prefs.remove("file" + i);
            }
        }
    }
}
