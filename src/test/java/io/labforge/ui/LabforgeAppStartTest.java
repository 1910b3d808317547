package io.labforge.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real start-up wiring: the first frame is the welcome card alone, the designer is built around it
 * after that frame, and a click made before the designer exists is carried out once it does.
 */
@ExtendWith(ApplicationExtension.class)
class LabforgeAppStartTest {

    private Stage stage;
    private Parent firstRoot;
    private boolean welcomeInFirstRoot;
    private boolean samplesInFirstRoot;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.titleProperty().unbind(); // the stage is shared with earlier tests, which bind it
        new LabforgeApp().start(stage);
        firstRoot = stage.getScene().getRoot();
        welcomeInFirstRoot = firstRoot.lookup("#welcome") != null && firstRoot.lookup("#main-window") == null;
        samplesInFirstRoot = firstRoot.lookup("#welcome-sample-homelab") != null;
        // Clicked before the designer exists: must be queued, not lost.
        ((Button) firstRoot.lookup("#welcome-new")).fire();
    }

    @Test
    void firstFrameIsTheWelcomeCardAndTheDesignerFollowsWithTheQueuedClick(FxRobot robot) throws Exception {
        assertThat(welcomeInFirstRoot).as("welcome card alone in the first frame").isTrue();
        assertThat(samplesInFirstRoot).as("samples listed in the first frame").isTrue();

        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> stage.getScene().getRoot().getId() != null
                && stage.getScene().getRoot().getId().equals("main-window"));
        WaitForAsyncUtils.waitForFxEvents();

        Node root = stage.getScene().getRoot();
        assertThat(root.lookup("#welcome")).as("New lab closed the welcome card").isNull();
        assertThat(stage.getTitle()).isEqualTo("untitled — Labforge");
        assertThat(robot.lookup("#palette").tryQuery()).isPresent();
    }
}
