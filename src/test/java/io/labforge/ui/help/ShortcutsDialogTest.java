package io.labforge.ui.help;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCombination;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
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

    @Start
    void start(Stage stage) {
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
