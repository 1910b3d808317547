package io.labforge.ui.deploy;

import io.labforge.kind.NodeKinds;
import io.labforge.ui.plan.PlanView;
import io.labforge.ui.task.SameThreadTaskRunner;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a narrow window the Plan and Deploy bars keep their buttons whole: the long "Connect to Proxmox…"
 * message wraps instead of squeezing Plan and Deploy to "...".
 */
@ExtendWith(ApplicationExtension.class)
class NarrowWindowButtonsTest {

    @Start
    void start(Stage stage) {
        DeployModel model = new DeployModel(new SameThreadTaskRunner(), NodeKinds.builtin(), line -> { });
        stage.setScene(new Scene(new VBox(new PlanView(model, () -> { }, () -> { }), new ProgressView(model)), 560, 500));
        stage.show();
    }

    @Test
    void theBarsButtonsAreWholeAndTheMessageWraps(FxRobot robot) {
        for (String id : new String[] {"#plan-refresh", "#plan-files", "#plan-deploy", "#deploy-cancel", "#deploy-cancel-rollback"}) {
            Button b = robot.lookup(id).queryButton();
            assertThat(b.getWidth()).as(id + " (" + b.getText() + ")").isGreaterThanOrEqualTo(b.prefWidth(-1) - 0.5);
        }
        Label summary = robot.lookup("#plan-summary").queryAs(Label.class);
        assertThat(summary.getHeight()).as("the message wraps onto more than one line")
                .isGreaterThan(summary.getFont().getSize() * 2);
    }
}
