package io.labforge.ui.help;

import io.labforge.app.ThirdPartyNotices;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {

    private final List<ThirdPartyNotices.Notice> notices = ThirdPartyNotices.load();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
        AboutDialog dialog = new AboutDialog("9.8.7", notices);
        dialog.initOwner(stage);
        dialog.show();
    }

    @Test
    void showsTheVersion(FxRobot robot) {
        assertThat(robot.lookup("#" + AboutDialog.VERSION_ID).queryAs(Label.class).getText()).isEqualTo("Version 9.8.7");
    }

    @Test
    void listsTheBundledLibrariesWithTheirLicences(FxRobot robot) {
        assertThat(notices).hasSizeGreaterThan(20);
        TableView<?> table = robot.lookup("#" + AboutDialog.LICENCES_ID).queryAs(TableView.class);
        assertThat(table.getItems()).hasSameSizeAs(notices);
        assertThat(notices).anySatisfy(n -> {
            assertThat(n.coordinates()).startsWith("com.fasterxml.jackson.core:jackson-databind:");
            assertThat(String.join(" ", n.licences())).containsIgnoringCase("Apache");
        });
        assertThat(notices).anySatisfy(n -> assertThat(n.coordinates()).startsWith("org.openjfx:javafx-controls:"));
        assertThat(robot.lookup(".table-cell").queryAll())
                .anySatisfy(cell -> assertThat(((javafx.scene.control.Labeled) cell).getText()).isNotBlank());
    }

    @Test
    void versionColumnTakesTheLastPartOfTheCoordinates() {
        assertThat(AboutDialog.version("org.slf4j:slf4j-api:2.0.20")).isEqualTo("2.0.20");
        assertThat(AboutDialog.version("nothing")).isEmpty();
    }
}
