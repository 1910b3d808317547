package io.labforge.ui;

import io.labforge.io.export.Exporters;
import io.labforge.ui.actions.MainMenu;
import io.labforge.ui.file.RecentFiles;
import io.labforge.ui.file.Recovery;
import io.labforge.ui.help.AboutDialog;
import io.labforge.ui.help.Shortcut;
import io.labforge.ui.help.ShortcutsDialog;
import io.labforge.ui.task.SameThreadTaskRunner;
import io.labforge.ui.theme.Themes;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Help menu opens the real dialogs, and its shortcut table agrees with the menus' accelerators. */
@ExtendWith(ApplicationExtension.class)
class HelpMenuTest {

    @TempDir
    static Path dir;

    private final List<URI> opened = new ArrayList<>();
    private Designer designer;

    @Start
    void start(Stage stage) {
        designer = new Designer(new Designer.Services(new SameThreadTaskRunner(), new TestDesigner.ScriptedDialogs(),
                new RecentFiles(TestDesigner.prefs()), new Recovery(dir.resolve("recovery/autosave.yaml")),
                Exporters.builtin(), new Themes(TestDesigner.prefs()), opened::add));
        stage.setScene(new Scene(designer.window(), 900, 600));
        stage.show();
    }

    private MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void keyboardShortcutsListsUndoWithTheEditMenusAccelerator(FxRobot robot) {
        String undoKeys = menuItem(robot, "menu-undo").getAccelerator().getDisplayText();

        robot.clickOn("Help").clickOn("Keyboard shortcuts");
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        TableView<Shortcut> table = robot.lookup("#" + ShortcutsDialog.TABLE_ID).queryAs(TableView.class);
        assertThat(table.getItems()).filteredOn(s -> s.action().equals("Undo"))
                .singleElement().extracting(Shortcut::displayText).isEqualTo(undoKeys);
        assertThat(robot.lookup(".table-cell").queryAll())
                .anySatisfy(cell -> assertThat(((javafx.scene.control.Labeled) cell).getText()).isEqualTo(undoKeys));
        robot.closeCurrentWindow();
    }

    @Test
    void aboutShowsTheLicenceListLoadedThroughTheTaskRunner(FxRobot robot) {
        robot.interact(() -> menuItem(robot, MainMenu.HELP_ABOUT_ID).fire());
        TableView<?> licences = robot.lookup("#" + AboutDialog.LICENCES_ID).queryAs(TableView.class);
        assertThat(licences.getItems()).hasSizeGreaterThan(20);
        robot.closeCurrentWindow();
    }

    @Test
    void documentationOpensTheDocsFolderInTheBrowser(FxRobot robot) {
        robot.interact(() -> menuItem(robot, MainMenu.HELP_DOCS_ID).fire());
        assertThat(opened).singleElement().satisfies(uri -> {
            assertThat(uri.getScheme()).isEqualTo("file");
            assertThat(Path.of(uri).resolve("designer.md")).exists();
        });
        assertThat(designer.log().lines()).anySatisfy(l -> assertThat(l).contains("Opened the documentation"));
    }

    @Test
    void withoutABrowserDocumentationShowsAboutNamingTheDocsFolder(FxRobot robot) throws Exception {
        Designer noBrowser = WaitForAsyncUtils.asyncFx(() -> {
            Designer d = TestDesigner.create(new TestDesigner.ScriptedDialogs(), dir);
            Stage s = new Stage();
            s.setScene(new Scene(d.window(), 400, 300));
            s.show();
            return d;
        }).get();
        robot.interact(() -> noBrowser.window().lookupAll("#menu-bar").stream().findFirst()
                .map(MenuBar.class::cast).orElseThrow().getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> MainMenu.HELP_DOCS_ID.equals(i.getId()))
                .findFirst().orElseThrow().fire());
        assertThat(robot.lookup("#" + AboutDialog.DOCS_ID).queryAs(Label.class).getText())
                .isEqualTo("Documentation: " + Path.of("docs").toAbsolutePath().normalize());
        assertThat(opened).isEmpty();
        robot.closeCurrentWindow();
        robot.interact(() -> noBrowser.window().getScene().getWindow().hide());
    }
}
