package io.labforge.ui.help;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCombination;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(ApplicationExtension.class)
class ShortcutsDialogTest {

    private ShortcutsDialog dialog;
    private String themeBefore;

    @AfterEach
    void restoreTheme(FxRobot robot) {
        robot.interact(() -> Application.setUserAgentStylesheet(themeBefore));
    }

    @Start
    void start(Stage stage) {
        themeBefore = Application.getUserAgentStylesheet();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
        dialog = new ShortcutsDialog();
        dialog.initOwner(stage);
        dialog.show();
    }

    @Test
    void listsEveryShortcutWithItsKeys(FxRobot robot) {
        TableView<?> table = robot.lookup("#" + ShortcutsDialog.TABLE_ID).queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(Shortcuts.all().size());
        assertThat(robot.lookup(".table-cell").queryAll())
                .anySatisfy(cell -> assertThat(((javafx.scene.control.Labeled) cell).getText())
                        .isEqualTo(Shortcuts.get(Shortcuts.UNDO).displayText()));
    }

    /** The theme caps dialogs at 600 px; under it the Group column was squeezed to "..." in every row. */
    @Test
    void everyColumnHasTheWidthItAsksForUnderTheTheme(FxRobot robot) {
        TableView<?> table = robot.lookup("#" + ShortcutsDialog.TABLE_ID).queryAs(TableView.class);
        assertThat(table.getColumns()).allSatisfy(c -> assertThat(c.getWidth()).as(c.getText()).isGreaterThanOrEqualTo(c.getPrefWidth() - 1));
        assertThat(table.getColumns().stream().mapToDouble(TableColumn::getWidth).sum())
                .as("all columns in view, no sideways scrolling").isLessThanOrEqualTo(table.getWidth());
    }

    @Test
    void typingInTheFilterNarrowsTheTable(FxRobot robot) {
        robot.clickOn("#" + ShortcutsDialog.FILTER_ID).write("undo");
        assertThat(dialog.visibleRows()).extracting(Shortcut::id).contains(Shortcuts.UNDO).doesNotContain(Shortcuts.SAVE);
        robot.eraseText(4).write("F1");
        assertThat(dialog.visibleRows()).extracting(Shortcut::id).containsExactly(Shortcuts.HELP);
        robot.eraseText(2).write("no such thing");
        assertThat(dialog.visibleRows()).isEmpty();
    }

    @Test
    void idsAndKeyCombinationsAreUniqueAndParse() {
        Set<String> ids = new HashSet<>();
        Set<KeyCombination> keys = new HashSet<>();
        for (Shortcut s : Shortcuts.all()) {
            assertThat(ids.add(s.id())).as("duplicate id " + s.id()).isTrue();
            if (s.isKey()) {
                assertThat(keys.add(s.combination())).as("two actions on " + s.keys()).isTrue();
                assertThat(s.displayText()).isNotBlank();
            }
        }
        assertThat(Shortcuts.get(Shortcuts.SAVE_AS).combination().getDisplayText()).contains("Shift").contains("S");
        assertThatThrownBy(() -> Shortcuts.get("view.pan").combination()).hasMessageContaining("mouse gesture");
        assertThatThrownBy(() -> Shortcuts.get("nope")).hasMessageContaining("nope");
    }
}
