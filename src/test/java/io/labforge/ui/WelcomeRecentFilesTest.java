package io.labforge.ui;

import io.labforge.io.LabFiles;
import io.labforge.model.Lab;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The welcome card lists the recent files still on the disk, and keeps the others on the list for later. */
@ExtendWith(ApplicationExtension.class)
class WelcomeRecentFilesTest {

    @TempDir
    static Path dir;

    private Designer designer;

    @Start
    void start(Stage stage) {
        designer = TestDesigner.create(new TestDesigner.ScriptedDialogs(), dir);
        stage.setScene(new Scene(designer.window(), 1100, 760));
        stage.show();
    }

    @Test
    void aRecentFileThatIsGoneIsNotOfferedOnTheWelcomeCard(FxRobot robot) throws Exception {
        Path kept = dir.resolve("kept.yaml");
        Path gone = dir.resolve("gone.yaml");
        LabFiles.write(Lab.empty("kept"), kept);
        LabFiles.write(Lab.empty("gone"), gone);
        robot.interact(() -> {
            designer.files().open(kept);
            designer.files().open(gone);
        });
        Files.delete(gone);

        robot.interact(designer::showWelcome);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".welcome-recent").queryAllAs(Hyperlink.class))
                .extracting(Hyperlink::getText)
                .containsExactly("kept.yaml   " + kept.toAbsolutePath().normalize().getParent());
        assertThat(designer.files().recent().list()).as("a file that is away may come back: it stays on the list")
                .hasSize(2);
    }
}
