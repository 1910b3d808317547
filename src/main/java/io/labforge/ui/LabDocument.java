package io.labforge.ui;

import io.labforge.edit.Command;
import io.labforge.edit.CommandStack;
import io.labforge.kind.NodeKinds;
import io.labforge.layout.ZoneLayout;
import io.labforge.model.Lab;
import io.labforge.model.Position;
import io.labforge.ui.task.TaskRunner;
import io.labforge.validate.IncrementalValidator;
import io.labforge.validate.ValidationReport;
import io.labforge.validate.Validator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The open lab as the window sees it: the command stack, the file it came from, the selection and
 * the live validation report. Panels observe its properties; every change goes through
 * {@link #push}.
 */
public final class LabDocument {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LabDocument.class);

    private final NodeKinds kinds;
    private final TaskRunner tasks;
    private final CommandStack stack = new CommandStack(Lab.empty("untitled"));
    private final IncrementalValidator validator = new IncrementalValidator(Validator.standard());
    private final Selection selection = new Selection();
    private final ObjectProperty<Lab> lab = new SimpleObjectProperty<>(stack.lab());
    private final LongProperty revision = new SimpleLongProperty();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<ValidationReport> report = new SimpleObjectProperty<>(new ValidationReport(List.of()));
    private final StringProperty title = new SimpleStringProperty();

    public LabDocument(NodeKinds kinds, TaskRunner tasks) {
        this.kinds = kinds;
        this.tasks = tasks;
        stack.addListener(this::changed);
        file.addListener((o, a, b) -> updateTitle());
        changed(stack.lab());
    }

    public NodeKinds kinds() {
        return kinds;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public CommandStack stack() {
        return stack;
    }

    public Selection selection() {
        return selection;
    }

    public Lab current() {
        return stack.lab();
    }

    public ReadOnlyObjectProperty<Lab> labProperty() {
        return lab;
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ReadOnlyObjectProperty<ValidationReport> reportProperty() {
        return report;
    }

    public ValidationReport report() {
        return report.get();
    }

    public StringProperty titleProperty() {
        return title;
    }

    /** Runs an edit; returns whether the lab changed. */
    public boolean push(Command command) {
        return stack.push(command);
    }

    public void undo() {
        stack.undo();
        dropVanishedSelection();
    }

    public void redo() {
        stack.redo();
        dropVanishedSelection();
    }

    /** Shows {@code newLab} as a fresh document; elements without a position get one from the zone layout. */
    public void replace(Lab newLab, Path from) {
        selection.clear();
        file.set(from);
        stack.reset(withCompleteLayout(newLab));
    }

    public void markSaved(Path to) {
        file.set(to);
        stack.markSaved();
    }

    Lab withCompleteLayout(Lab l) {
        boolean complete = l.nodes().stream().allMatch(n -> l.layout().containsKey(n.id()))
                && l.networks().stream().allMatch(n -> l.layout().containsKey(n.id()));
        if (complete) {
            return l;
        }
        Map<String, Position> auto = new ZoneLayout(kinds, ZoneLayout.Sizes.DEFAULT).layout(l);
        Map<String, Position> merged = new LinkedHashMap<>(l.layout());
        auto.forEach(merged::putIfAbsent);
        return l.withLayout(merged);
    }

    private void dropVanishedSelection() {
        Lab l = stack.lab();
        selection.ids().removeIf(id -> l.node(id).isEmpty() && l.network(id).isEmpty() && l.groups().stream().noneMatch(g -> g.id().equals(id)));
    }

    private void changed(Lab newLab) {
        lab.set(newLab);
        revision.set(stack.revision());
        dirty.set(stack.isDirty());
        updateTitle();
        long asked = stack.revision();
        // Validation is fast, but it runs off the FX thread so a huge lab can never stall a drag.
        tasks.run(() -> validator.update(newLab), r -> {
            if (asked == stack.revision()) {
                report.set(r);
            }
        }, e -> LOG.warn("validation failed: {}", e.toString()));
    }

    private void updateTitle() {
        String name = file.get() == null ? stack.lab().name() : file.get().getFileName().toString();
        title.set((stack.isDirty() ? "*" : "") + name + " — Labforge");
    }
}
