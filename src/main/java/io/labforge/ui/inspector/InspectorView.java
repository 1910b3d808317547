package io.labforge.ui.inspector;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.labforge.model.Lab;
import io.labforge.ui.LabDocument;
import io.labforge.validate.Problem;
import io.labforge.validate.Severity;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Objects;

/**
 * Edits the selection: one node, one network, or (nothing selected) the lab. Rebuilt when the
 * selected element changes; the problems the validator reports about it are listed on top.
 */
public final class InspectorView extends ScrollPane {

    private final LabDocument doc;
    private final VBox body = new VBox(10);
    private Object shown;

    public InspectorView(LabDocument doc) {
        this.doc = doc;
        setId("inspector");
        getStyleClass().addAll("inspector", Tweaks.EDGE_TO_EDGE);
        setFitToWidth(true);
        body.getStyleClass().add("inspector-body");
        setContent(body);
        doc.selection().ids().addListener((SetChangeListener<String>) c -> refresh(false));
        doc.labProperty().addListener((o, a, b) -> refresh(false));
        doc.reportProperty().addListener((o, a, b) -> refresh(true));
        refresh(true);
    }

    private void refresh(boolean force) {
        Lab lab = doc.current();
        String id = doc.selection().single();
        Object element = id == null ? (doc.selection().ids().isEmpty() ? lab.withLayout(java.util.Map.of()) : doc.selection().snapshot())
                : lab.node(id).map(Object.class::cast).or(() -> lab.network(id).map(Object.class::cast)).orElse(null);
        if (!force && Objects.equals(element, shown)) {
            return;
        }
        shown = element;
        body.getChildren().clear();
        if (id == null && doc.selection().ids().size() > 1) {
            body.getChildren().addAll(title(doc.selection().ids().size() + " elements selected", "mdi2s-selection-multiple"),
                    muted("Move them together, align or distribute them (Arrange menu), copy, duplicate or delete them."));
            return;
        }
        if (id == null) {
            body.getChildren().addAll(title("Lab", "mdi2f-file-document-outline"), LabForm.of(doc),
                    muted("Select a node or network on the canvas to edit it."));
            return;
        }
        lab.node(id).ifPresent(n -> {
            String icon = doc.kinds().find(n.kind()).map(k -> k.icon()).orElse("mdi2h-help-box");
            body.getChildren().add(title(n.id(), icon));
            problems(id);
            body.getChildren().add(NodeForm.of(doc, n));
        });
        lab.network(id).ifPresent(n -> {
            body.getChildren().add(title(n.displayName(), "mdi2l-lan"));
            problems(id);
            body.getChildren().add(NetworkForm.of(doc, n));
        });
    }

    private void problems(String id) {
        for (Problem p : doc.reportProperty().get().about(id)) {
            Label l = new Label(p.code() + "  " + p.message(), new FontIcon(p.severity() == Severity.ERROR
                    ? "mdi2a-alert-circle" : p.severity() == Severity.WARNING ? "mdi2a-alert" : "mdi2i-information"));
            l.setWrapText(true);
            l.getStyleClass().addAll("inspector-problem", p.severity() == Severity.ERROR ? Styles.DANGER : Styles.WARNING);
            body.getChildren().add(l);
        }
    }

    private static Label title(String text, String icon) {
        Label l = new Label(text, new FontIcon(icon));
        l.setId("inspector-title");
        l.getStyleClass().addAll(Styles.TITLE_4, "inspector-title");
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }
}
