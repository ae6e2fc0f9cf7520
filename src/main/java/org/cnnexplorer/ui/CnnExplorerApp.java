package org.cnnexplorer.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.training.TrainingBackend;
import org.cnnexplorer.ui.app.AppServices;
import org.cnnexplorer.ui.app.MainWindow;
import org.cnnexplorer.ui.common.PreferenceStore;
import org.cnnexplorer.ui.export.PngWriter;

/** The CNN Explorer window. Start it through {@link Launcher}. */
public final class CnnExplorerApp extends Application {

    /** When the JVM started, so that start-up times include the JVM and the toolkit. */
    private static final Instant STARTED = ProcessHandle.current().info().startInstant().orElse(Instant.now());

    @Override
    public void start(Stage stage) {
        AppOptions options = AppOptions.parse(getParameters().getRaw());
        timing("start()");
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> ErrorReporter.report(stage, error));
        AppServices services = options.noPrefs()
                ? new AppServices(PreferenceStore.inMemory(), TrainingBackend::discover) : AppServices.standard();
        MainWindow window = new MainWindow(stage, services);
        timing("main window built");
        apply(window, options);
        stage.setWidth(options.width());
        stage.setHeight(options.height());
        stage.show();
        timing("window shown");
        timeFirstFrame(window);
        if (options.lesson() != null) {
            window.openLesson(options.lesson());
            window.lessonsStage().setWidth(options.width());
            window.lessonsStage().setHeight(options.height());
        }
        if (options.screenshot() != null) {
            screenshotAndQuit(options.lesson() != null ? window.lessonsStage().getScene() : window.scene(),
                    options.screenshot(), "INSIDE".equals(options.tab()) || options.run() != null ? 25_000 : 1500);
        }
    }

    /** With {@code -Dcnnx.timing=true}, prints how long start-up took so far. */
    private static void timing(String what) {
        if (Boolean.getBoolean("cnnx.timing")) {
            System.err.printf("%s %d ms after the JVM started%n", what,
                    Duration.between(STARTED, Instant.now()).toMillis());
        }
    }

    /** The first layout pass after show(), then the frame it leads to: when the user sees the window filled. */
    private static void timeFirstFrame(MainWindow window) {
        if (Boolean.getBoolean("cnnx.timing")) {
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                window.scene().removePostLayoutPulseListener(once[0]);
                Platform.runLater(() -> timing("first frame"));
            };
            window.scene().addPostLayoutPulseListener(once[0]);
        }
    }

    private static void apply(MainWindow window, AppOptions options) {
        if (options.language() != null) {
            window.viewModel().useLanguageForThisRun(options.language());
        }
        if (options.network() != null) {
            if (ModelCatalog.isBuiltIn(options.network())) {
                window.viewModel().picker().openBuiltIn(options.network());
            } else {
                window.viewModel().picker().openFile(Path.of(options.network()));
            }
        }
        options.open().forEach(block -> window.viewModel().graph().toggle(block));
        if (options.select() != null) {
            window.viewModel().explorer().select(options.select());
        }
        if (options.formula() != null) {
            window.viewModel().formulas().choose(options.formula());
        }
        if (options.tab() != null) {
            window.show(MainWindow.Screen.valueOf(options.tab()));
        }
        if (options.run() != null) {
            window.inspectRun(options.run());
        }
        if (options.dark()) {
            window.viewModel().darkProperty().set(true);
        }
        if (options.lecture()) {
            window.viewModel().lectureProperty().set(true);
        }
    }

    /** Waits {@code millis} (the Inside tab's first forward pass loads DL4J) before the snapshot. */
    private static void screenshotAndQuit(javafx.scene.Scene scene, Path file, double millis) {
        PauseTransition settle = new PauseTransition(javafx.util.Duration.millis(millis));
        settle.setOnFinished(e -> {
            try {
                PngWriter.write(scene.snapshot(null), file);
            } catch (Exception error) {
                System.err.println("cannot write " + file + ": " + error.getMessage());
            }
            Platform.exit();
        });
        settle.play();
    }
}
