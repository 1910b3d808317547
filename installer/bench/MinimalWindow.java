import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor for Labforge's start-up figure: the smallest JavaFX window (one label, Modena theme) on the
 * same JDK, JavaFX jars and machine. installer/bench-startup.sh compiles it and times it like the app.
 */
public final class MinimalWindow {

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Minimal Labforge baseline");
            stage.setScene(new Scene(new StackPane(new Label("Hello")), 1280, 800));
            stage.show();
        }
    }
}
