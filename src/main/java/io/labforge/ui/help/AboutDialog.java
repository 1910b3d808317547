package io.labforge.ui.help;

import io.labforge.app.AppInfo;
import io.labforge.app.ThirdPartyNotices;
import io.labforge.ui.theme.Themes;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Function;

/**
 * Help → About: version, runtime, and the open-source libraries inside with their licences. The
 * notices come in as a list ({@link ThirdPartyNotices#load()}, read off the FX thread).
 */
public final class AboutDialog extends Dialog<ButtonType> {

    /** Where the user documentation lives. */
    public static final String DOCS_URL = "docs/ in the Labforge source tree (README.md links every guide)";
    public static final String VERSION_ID = "aboutVersion";
    public static final String LICENCES_ID = "aboutLicences";
    public static final String DOCS_ID = "aboutDocs";

    public AboutDialog(String version, List<ThirdPartyNotices.Notice> notices) {
        this(version, notices, DOCS_URL);
    }

    /** @param docs where the user guides are, as the user should read it (a folder or an address) */
    public AboutDialog(String version, List<ThirdPartyNotices.Notice> notices, String docs) {
        setTitle("About Labforge");
        setHeaderText(null);

        ImageView icon = new ImageView(new Image(AboutDialog.class.getResource("/io/labforge/app/labforge-64.png").toExternalForm(),
                64, 64, true, true, true));
        Label name = new Label("Labforge");
        name.getStyleClass().add("title-2");
        name.setStyle("-fx-font-size: 20px; -fx-font-weight: bold;");
        Label versionLabel = new Label("Version " + version);
        versionLabel.setId(VERSION_ID);
        Label about = new Label("Draw, validate and deploy homelabs to Proxmox VE.");
        Label runtime = new Label("Java " + System.getProperty("java.version") + " · JavaFX "
                + System.getProperty("javafx.version", "?"));
        runtime.getStyleClass().add("text-muted");
        HBox header = new HBox(16, icon, new VBox(4, name, versionLabel, about, runtime));
        header.setPadding(new Insets(0, 0, 8, 0));

        Label count = new Label("Labforge is built on " + notices.size() + " open-source libraries:");
        TableView<ThirdPartyNotices.Notice> table = new TableView<>(FXCollections.observableArrayList(notices));
        table.setId(LICENCES_ID);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Library", ThirdPartyNotices.Notice::name, 230));
        table.getColumns().add(column("Version", n -> version(n.coordinates()), 90));
        table.getColumns().add(column("Licence", n -> String.join(" / ", n.licences()), 340));
        table.getColumns().add(column("Project", ThirdPartyNotices.Notice::url, 200));
        table.setPlaceholder(new Label("No licence list in this build"));
        VBox.setVgrow(table, Priority.ALWAYS);

        Label docsLabel = new Label("Documentation: " + docs);
        docsLabel.setId(DOCS_ID);
        docsLabel.setWrapText(true);
        VBox content = new VBox(8, header, count, table, docsLabel);
        content.setPrefSize(900, 540);
        content.setPadding(new Insets(16, 16, 0, 16)); // without a header the theme gives the content no margin
        getDialogPane().setContent(content);
        Themes.fitWidth(getDialogPane());
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        setResizable(true);
    }

    /** With the running build's version. */
    public AboutDialog(List<ThirdPartyNotices.Notice> notices) {
        this(AppInfo.version(), notices);
    }

    /** With the running build's version and where its documentation is. */
    public AboutDialog(List<ThirdPartyNotices.Notice> notices, String docs) {
        this(AppInfo.version(), notices, docs);
    }

    /** {@code group:artifact:version} → {@code version}. */
    static String version(String coordinates) {
        int colon = coordinates.lastIndexOf(':');
        return colon < 0 ? "" : coordinates.substring(colon + 1);
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
