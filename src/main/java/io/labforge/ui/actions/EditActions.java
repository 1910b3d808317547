package io.labforge.ui.actions;

import io.labforge.edit.Arrange;
import io.labforge.edit.Fragment;
import io.labforge.edit.GroupNodes;
import io.labforge.edit.Move;
import io.labforge.edit.Paste;
import io.labforge.edit.Remove;
import io.labforge.io.diagram.Rect;
import io.labforge.layout.ZoneLayout;
import io.labforge.ui.LabDocument;
import io.labforge.ui.canvas.DiagramGeometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Edit-menu actions on the selection: delete, copy, paste, duplicate, arrange, group, auto-layout. */
public final class EditActions {

    private static final double PASTE_OFFSET = 32;

    private final LabDocument doc;
    private final Supplier<DiagramGeometry> geometry;
    private Fragment clipboard;
    private int pastes;

    public EditActions(LabDocument doc, Supplier<DiagramGeometry> geometry) {
        this.doc = doc;
        this.geometry = geometry;
    }

    public void delete() {
        if (!doc.selection().ids().isEmpty()) {
            doc.push(new Remove(doc.selection().snapshot()));
            doc.selection().clear();
        }
    }

    public void copy() {
        Fragment f = Fragment.of(doc.current(), doc.selection().snapshot());
        if (!f.isEmpty()) {
            clipboard = f;
            pastes = 0;
        }
    }

    public boolean canPaste() {
        return clipboard != null;
    }

    public void paste() {
        if (clipboard == null) {
            return;
        }
        pastes++;
        insert(new Paste(clipboard, PASTE_OFFSET * pastes, PASTE_OFFSET * pastes, "Paste"));
    }

    public void duplicate() {
        Fragment f = Fragment.of(doc.current(), doc.selection().snapshot());
        if (!f.isEmpty()) {
            insert(new Paste(f, PASTE_OFFSET, PASTE_OFFSET, "Duplicate"));
        }
    }

    private void insert(Paste paste) {
        Paste.Result r = paste.result(doc.current());
        if (doc.push(paste)) {
            doc.selection().set(r.renamed().values());
        }
    }

    public void selectAll() {
        List<String> all = new ArrayList<>();
        doc.current().networks().forEach(n -> all.add(n.id()));
        doc.current().nodes().forEach(n -> all.add(n.id()));
        doc.selection().set(all);
    }

    public void align(Arrange.Align how) {
        List<Arrange.Box> boxes = boxes();
        if (boxes.size() > 1) {
            doc.push(withDescription(Arrange.align(boxes, how), "Align " + how.name().toLowerCase()));
        }
    }

    public void distribute(boolean horizontally) {
        List<Arrange.Box> boxes = boxes();
        if (boxes.size() > 2) {
            doc.push(withDescription(Arrange.distribute(boxes, horizontally),
                    "Distribute " + (horizontally ? "horizontally" : "vertically")));
        }
    }

    public void autoLayout() {
        doc.push(withDescription(Move.of(new ZoneLayout(doc.kinds(), ZoneLayout.Sizes.DEFAULT).layout(doc.current())),
                "Auto-layout"));
    }

    public void group() {
        List<String> nodes = doc.selection().ids().stream().filter(id -> doc.current().node(id).isPresent()).toList();
        if (!nodes.isEmpty()) {
            doc.push(new GroupNodes(nodes.stream().anyMatch(id -> id.startsWith("k8s")) ? "Kubernetes cluster" : "Group", nodes));
        }
    }

    /** The selected nodes and networks as boxes whose corner is the lab position (what moves change). */
    private List<Arrange.Box> boxes() {
        DiagramGeometry g = geometry.get();
        List<Arrange.Box> out = new ArrayList<>();
        for (String id : doc.selection().ids()) {
            Optional<Rect> r = g.bounds(id);
            Optional<io.labforge.model.Position> p = doc.current().position(id);
            if (r.isPresent() && p.isPresent() && doc.current().network(id).isEmpty()) {
                out.add(new Arrange.Box(id, p.get().x(), p.get().y(), r.get().w(), r.get().h()));
            }
        }
        return out;
    }

    private static io.labforge.edit.Command withDescription(Move move, String description) {
        return io.labforge.edit.Command.of(description, move::apply);
    }
}
