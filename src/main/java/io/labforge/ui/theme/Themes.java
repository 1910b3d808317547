package io.labforge.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.labforge.ui.canvas.CanvasColors;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

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

    public CanvasColors canvasColors() {
        return dark.get() ? CanvasColors.DARK : CanvasColors.LIGHT;
    }
}
