package io.labforge.edit;

import io.labforge.model.Lab;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The one place a lab changes. Keeps undo and redo as snapshots of the immutable lab, counts a
 * revision that panels observe, knows whether the lab differs from the saved one, refuses a push
 * from inside a push and merges the steps of one drag into one undo entry.
 */
public final class CommandStack {

    private record Entry(Command command, Lab before, long beforeState, Lab after, long afterState) {
    }

    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private final List<Consumer<Lab>> listeners = new CopyOnWriteArrayList<>();
    private Lab lab;
    private long revision;
    private long state;
    private long nextState = 1;
    private long savedState;
    private boolean busy;

    public CommandStack(Lab lab) {
        this.lab = lab;
    }

    public Lab lab() {
        return lab;
    }

    /** Grows by one on every change of {@link #lab()}: push, undo, redo or reset. */
    public long revision() {
        return revision;
    }

    /** Runs {@code command} and makes it the next undo step. Returns whether the lab changed. */
    public boolean push(Command command) {
        guard();
        busy = true;
        Lab after;
        try {
            after = command.apply(lab);
        } finally {
            busy = false;
        }
        if (after == null || after.equals(lab)) {
            return false;
        }
        Entry top = undo.peek();
        if (top != null && command.continues(top.command()) && redo.isEmpty()) {
            undo.pop();
            undo.push(new Entry(command, top.before(), top.beforeState(), after, nextState++));
        } else {
            undo.push(new Entry(command, lab, state, after, nextState++));
        }
        redo.clear();
        change(after, undo.peek().afterState());
        return true;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(e -> e.command().description());
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(e -> e.command().description());
    }

    public void undo() {
        guard();
        if (undo.isEmpty()) {
            return;
        }
        Entry e = undo.pop();
        redo.push(e);
        change(e.before(), e.beforeState());
    }

    public void redo() {
        guard();
        if (redo.isEmpty()) {
            return;
        }
        Entry e = redo.pop();
        undo.push(e);
        change(e.after(), e.afterState());
    }

    /** Starts over with {@code newLab} (open, new), forgetting the history; the result counts as saved. */
    public void reset(Lab newLab) {
        guard();
        undo.clear();
        redo.clear();
        long s = nextState++;
        savedState = s;
        change(newLab, s);
    }

    /** Marks the current lab as the one on disk. */
    public void markSaved() {
        savedState = state;
        listeners.forEach(l -> l.accept(lab));
    }

    /** Marks the current lab as unsaved, e.g. one restored from a recovery file. */
    public void markUnsaved() {
        savedState = -1;
        listeners.forEach(l -> l.accept(lab));
    }

    public boolean isDirty() {
        return state != savedState;
    }

    /** Called after every change with the new lab (also after save marks). */
    public void addListener(Consumer<Lab> listener) {
        listeners.add(listener);
    }

    private void change(Lab newLab, long newState) {
        lab = newLab;
        state = newState;
        revision++;
        busy = true;
        try {
            listeners.forEach(l -> l.accept(lab));
        } finally {
            busy = false;
        }
    }

    private void guard() {
        if (busy) {
            throw new IllegalStateException("a command may not push, undo or redo while the stack is applying one");
        }
    }
}
