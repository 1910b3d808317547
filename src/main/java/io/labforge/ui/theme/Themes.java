package io.labforge.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.labforge.ui.canvas.CanvasColors;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.DialogPane;

import java.util.prefs.Preferences;

/** Light (Primer Light) or dark (Primer Dark) for the whole window, remembered between sessions. */
public final class Themes {

    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final Preferences prefs;

    public Themes(Preferences prefs) {
        this.prefs = prefs;
        dark.set(prefs.getBoolean("dark", false));
        dark.addListener((o, a, b) -> {
            apply();
            prefs.putBoolean("dark", b);
        });
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public void apply() {
        Application.setUserAgentStylesheet(dark.get()
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    /**
     * The theme caps every dialog at 600 px wide, which cuts the columns of the wider ones (shortcuts,
     * licences, generated files, import): those get the width their content asks for. An inline style,
     * since the theme's stylesheet outranks a maximum set in code.
     */
    public static void fitWidth(DialogPane pane) {
        pane.setStyle("-fx-max-width: 1400px;");
    }

    public CanvasColors canvasColors() {
        return dark.get() ? CanvasColors.DARK : CanvasColors.LIGHT;
    }
}
