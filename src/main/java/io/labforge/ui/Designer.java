package io.labforge.ui;

import io.labforge.io.export.Exporters;
import io.labforge.kind.NodeKinds;
import io.labforge.ui.actions.EditActions;
import io.labforge.ui.actions.MainMenu;
import io.labforge.ui.canvas.LabCanvas;
import io.labforge.ui.export.ExportDialog;
import io.labforge.ui.file.Dialogs;
import io.labforge.ui.file.FileActions;
import io.labforge.ui.file.RecentFiles;
import io.labforge.ui.file.Recovery;
import io.labforge.ui.help.HelpActions;
import io.labforge.ui.inspector.InspectorView;
import io.labforge.ui.palette.PaletteModel;
import io.labforge.ui.palette.PaletteView;
import io.labforge.ui.task.TaskRunner;
import io.labforge.ui.theme.Themes;
import io.labforge.ui.validate.ProblemsView;
import io.labforge.ui.welcome.Samples;
import io.labforge.ui.welcome.SandboxRehearsal;
import io.labforge.ui.welcome.WelcomeView;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Builds the designer: the document, its actions and panels, wired together. */
public final class Designer {

    /** What differs between the real window and a test. */
    /** @param browser opens an address in the desktop's browser; {@code null} where there is none (tests) */
    public record Services(TaskRunner tasks, Dialogs dialogs, RecentFiles recent, Recovery recovery,
                           Exporters exporters, Themes themes, Consumer<URI> browser) {

        /** Without a browser: Help → Documentation then shows where the guides are. */
        public Services(TaskRunner tasks, Dialogs dialogs, RecentFiles recent, Recovery recovery,
                        Exporters exporters, Themes themes) {
            this(tasks, dialogs, recent, recovery, exporters, themes, null);
        }
    }

    private final LabDocument doc;
    private final LabCanvas canvas;
    private final FileActions files;
    private final EditActions edit;
    private final ExportDialog export;
    private final LogModel log = new LogModel();
    private final MainWindow window;
    private final TabPane bottom;
    private final Services services;
    private final io.labforge.ui.deploy.DeployModel deployModel;
    private final io.labforge.ui.deploy.DeployActions deploy;
    private final io.labforge.ui.deploy.PowerActions power;
    private final SandboxRehearsal rehearsal;
    private final io.labforge.ui.importer.ImportActions importer;

    public Designer(Services s) {
        this.services = s;
        doc = new LabDocument(NodeKinds.builtin(), s.tasks());
        canvas = new LabCanvas(doc);
        canvas.setColors(s.themes().canvasColors());
        s.themes().darkProperty().addListener((o, a, b) -> canvas.setColors(s.themes().canvasColors()));
        files = new FileActions(doc, s.dialogs(), s.recent(), s.recovery(), log);
        files.onOpened(() -> {
            window().overlay(null);
            canvas.fitLater();
        });
        edit = new EditActions(doc, canvas::geometry);
        export = new ExportDialog(doc, s.exporters(), log);
        PaletteView palette = new PaletteView(new PaletteModel(doc.kinds()), canvas::addAtCentre);
        ProblemsView problems = new ProblemsView(doc, ids -> canvas.centreOn(ids));
        ListView<String> logView = new ListView<>(log.lines());
        logView.setId("log");
        deployModel = new io.labforge.ui.deploy.DeployModel(s.tasks(), doc.kinds(), log::info);
        deployModel.labFile(doc.fileProperty().get());
        doc.fileProperty().addListener((o, a, f) -> deployModel.labFile(f));
        javafx.scene.control.Tab planTab = MainWindow.tab("tab-plan", "Plan", empty("")); // content set below
        javafx.scene.control.Tab deployTab = MainWindow.tab("tab-deploy", "Deploy",
                new io.labforge.ui.deploy.ProgressView(deployModel));
        bottom = new TabPane(
                MainWindow.tab("tab-problems", "Problems", problems),
                planTab,
                deployTab,
                MainWindow.tab("tab-log", "Log", logView));
        bottom.setId("bottom-tabs");
        io.labforge.ui.connect.ConnectDialog connect = new io.labforge.ui.connect.ConnectDialog(s.tasks(), () -> canvas.getScene().getWindow());
        // a run and its plan need the bottom panes taller than the 20% they open at
        Runnable revealBottom = () -> window().revealBottom(0.42);
        deploy = new io.labforge.ui.deploy.DeployActions(deployModel, doc, canvas, log, bottom, planTab, deployTab,
                revealBottom,
                () -> connect.show(deployModel::connect, this::useSandbox),
                name -> io.labforge.ui.deploy.DestroyDialog.ask(canvas.getScene().getWindow(), name));
        planTab.setContent(new io.labforge.ui.plan.PlanView(deployModel, deploy::plan,
                () -> io.labforge.ui.plan.GeneratedFilesDialog.show(doc, canvas.getScene().getWindow())));
        doc.reportProperty().addListener((o, a, r) -> bottom.getTabs().get(0).setText(
                r.isClean() ? "Problems" : "Problems (" + r.problems().size() + ")"));
        HelpActions help = new HelpActions(s.tasks(), () -> canvas.getScene().getWindow(), s.browser(), log::info);
        MainMenu menu = new MainMenu(doc, files, edit, canvas, s.themes(), new MainMenu.Extra(
                () -> export.show(canvas.getScene().getWindow()),
                () -> bottom.getSelectionModel().select(0),
                help::shortcuts,
                help::documentation,
                help::about,
                this::showWelcome,
                () -> canvas.getScene().getWindow().fireEvent(new javafx.stage.WindowEvent(
                        canvas.getScene().getWindow(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST))));
        javafx.scene.control.MenuBar menuBar = menu.menuBar();
        javafx.scene.control.ToolBar toolBar = menu.toolBar();
        deploy.install(menuBar, toolBar);
        power = new io.labforge.ui.deploy.PowerActions(deployModel, doc, log::info, bottom, planTab,
                () -> connect.show(deployModel::connect, this::useSandbox));
        power.install(menuBar, toolBar);
        rehearsal = new SandboxRehearsal(doc, files, deployModel, new SandboxRehearsal.Window(deploy::plan,
                () -> window().lookup("#plan-deploy"), canvas, n -> window().overlay(n), revealBottom));
        rehearsal.addTo(menuBar);
        importer = new io.labforge.ui.importer.ImportActions(deployModel, doc, files, log,
                then -> connect.show(t -> {
                    deployModel.connect(t);
                    then.accept(t);
                }, () -> deploy.useSandbox(io.labforge.ui.connect.SandboxTarget.defaultConfig(
                        io.labforge.ui.connect.SandboxTarget.WINDOW_SCALE), then::accept)),
                () -> canvas.getScene().getWindow(), () -> bottom.getSelectionModel().select(0), () -> {
                    window().overlay(null);
                    canvas.fitLater();
                });
        importer.install(menuBar);
        StatusBar status = new StatusBar(doc, canvas);
        status.add(deploy.statusItem());
        window = new MainWindow(menuBar, toolBar, palette, canvas, new InspectorView(doc), bottom, status);
    }

    private static Label empty(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("empty-tab");
        return l;
    }

    private void useSandbox() {
        deploy.useSandbox();
    }

    /**
     * The start-up card was built before the designer with sample names only and every recent file: read
     * the samples' descriptions and check which recent files are still there off the FX thread, then show
     * them, unless the card has been closed meanwhile.
     */
    public void describeSamples(WelcomeView shown) {
        services.tasks().run(this::readWelcome, card -> {
            if (window.overlaid() == shown) {
                window.overlay(welcome(card));
            }
        }, e -> { });
    }

    public void showWelcome() {
        services.tasks().run(this::readWelcome, card -> window.overlay(welcome(card)),
                e -> window.overlay(welcome(new WelcomeCard(List.of(), services.recent().list()))));
    }

    /** What the welcome card lists, read from the disk. */
    private record WelcomeCard(List<Samples.Sample> samples, List<Path> recent) {
    }

    private WelcomeCard readWelcome() {
        return new WelcomeCard(Samples.catalogue(), services.recent().existing());
    }

    private WelcomeView welcome(WelcomeCard card) {
        return new WelcomeView(files, card.samples(), card.recent(), () -> window.overlay(null), rehearsal::trySample);
    }

    /** "Try it on the sandbox" from the welcome screen, "Rehearse on the sandbox" from the Lab menu. */
    public SandboxRehearsal rehearsal() {
        return rehearsal;
    }

    public MainWindow window() {
        return window;
    }

    public LabDocument document() {
        return doc;
    }

    public LabCanvas canvas() {
        return canvas;
    }

    public FileActions files() {
        return files;
    }

    public EditActions edit() {
        return edit;
    }

    public ExportDialog export() {
        return export;
    }

    public io.labforge.ui.deploy.DeployActions deploy() {
        return deploy;
    }

    public io.labforge.ui.deploy.PowerActions power() {
        return power;
    }

    public io.labforge.ui.importer.ImportActions importer() {
        return importer;
    }

    public io.labforge.ui.deploy.DeployModel deployModel() {
        return deployModel;
    }

    public LogModel log() {
        return log;
    }

    public Services services() {
        return services;
    }
}
