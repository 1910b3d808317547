package io.labforge.ui;

import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** The ids of the selected nodes and networks. */
public final class Selection {

    private final ObservableSet<String> ids = FXCollections.observableSet(new LinkedHashSet<>());

    public ObservableSet<String> ids() {
        return ids;
    }

    public Set<String> snapshot() {
        return Set.copyOf(ids);
    }

    public void set(Collection<String> newIds) {
        if (!ids.equals(Set.copyOf(newIds))) {
            ids.retainAll(newIds);
            ids.addAll(newIds);
        }
    }

    public void toggle(String id) {
        if (!ids.remove(id)) {
            ids.add(id);
        }
    }

    public void clear() {
        ids.clear();
    }

    public boolean contains(String id) {
        return ids.contains(id);
    }

    /** The one selected id, or {@code null} when none or several are selected. */
    public String single() {
        return ids.size() == 1 ? ids.iterator().next() : null;
    }
}
