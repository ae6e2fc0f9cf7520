package org.cnnexplorer.ui.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BooleanSupplier;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.cnnexplorer.training.TrainingBackend;
import org.cnnexplorer.ui.app.AppServices;
import org.cnnexplorer.ui.app.MainWindow;
import org.cnnexplorer.ui.common.PreferenceStore;
import org.cnnexplorer.ui.export.PngWriter;
import org.cnnexplorer.ui.inside.InsideViewModel;

/**
 * Takes the Inside tab's screenshots in docs/screenshots with a saved run's trained weights: the main
 * window on LeNet-5 running the run ({@code .cnnrun} of LeNet-5 on MNIST), at 1600x1000
 * ({@code inside-gradcam.png}: Grad-CAM of MNIST test image 0; {@code inside-filters-draw.png}: the
 * run's filters after its last epoch and a 7 drawn on the pad), then in lecture mode at 1280x800
 * ({@code lecture-inside-gradcam-1280.png}: Grad-CAM on the earlier layer c3;
 * {@code lecture-inside-draw-1280.png}; {@code lecture-inside-timing-1280.png}: the time per layer, with the
 * filters folded to make room).
 * Arguments: the run and the output folder. Run under Xvfb with the MNIST test images where the app
 * finds them ({@code CNNX_DATA_DIR}):
 * <pre>java -cp target/test-classes:target/classes:... org.cnnexplorer.ui.tools.InsideShots$Main RUN FOLDER</pre>
 */
public final class InsideShots extends Application {

    private static final double[][] SEVEN = {{50, 45}, {110, 42}, {170, 44}, {150, 95}, {125, 145}, {105, 190}};

    private final Deque<Runnable> steps = new ArrayDeque<>();
    private MainWindow window;
    private Path out;

    /** Main class (JavaFX will not start an Application subclass from the class path). */
    public static final class Main {

        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(InsideShots.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        Path run = Path.of(getParameters().getUnnamed().get(0));
        out = Path.of(getParameters().getUnnamed().get(1));
        Files.createDirectories(out);
        window = new MainWindow(stage, new AppServices(PreferenceStore.inMemory(), TrainingBackend::discover));
        stage.setWidth(1600);
        stage.setHeight(1000);
        stage.show();
        window.viewModel().picker().openBuiltIn("lenet5");
        window.inspectRun(run);
        steps.add(() -> waitFor(() -> inside().inspectionProperty().get() != null
                && inside().runFileProperty().get() != null && evidenceShown(), this::next));
        shot("inside-gradcam.png", () -> tab("inside-tab-evidence"), this::evidenceShown);
        shot("inside-filters-draw.png", () -> {
            tab("inside-tab-draw");
            later(() -> {
                drawSeven(window.scene().lookup("#inside-draw-pad"));
                Slider epochs = (Slider) window.scene().lookup("#inside-filter-epoch");
                epochs.setValue(epochs.getMax());
            });
        }, this::drawingShown);
        shot("lecture-inside-gradcam-1280.png", () -> {
            window.stage().setWidth(1280);
            window.stage().setHeight(800);
            window.viewModel().lectureProperty().set(true);
            inside().choose(0);
            tab("inside-tab-evidence");
            later(() -> inside().evidence().layerProperty().set("c3"));
        }, () -> evidenceShown() && "c3".equals(inside().evidence().evidenceProperty().get().layer()));
        shot("lecture-inside-draw-1280.png", () -> {
            tab("inside-tab-draw");
            later(() -> drawSeven(window.scene().lookup("#inside-draw-pad")));
        }, this::drawingShown);
        shot("lecture-inside-timing-1280.png", () -> {
            ((TitledPane) window.scene().lookup("#inside-filters")).setExpanded(false);
            ((TitledPane) window.scene().lookup("#inside-times")).setExpanded(true);
            inside().times().timeLayers();
        }, () -> !inside().times().rows().isEmpty() && !inside().times().runningProperty().get());
        steps.add(Platform::exit);
        next();
    }

    private InsideViewModel inside() {
        return window.inside();
    }

    private boolean evidenceShown() {
        return inside().evidence().evidenceProperty().get() != null;
    }

    /** The drawn digit went through the network and its heat map is there. */
    private boolean drawingShown() {
        return inside().imageProperty().get().description().startsWith("drawn")
                && inside().statusProperty().get().contains("forward pass") && evidenceShown();
    }

    private void tab(String id) {
        TabPane sources = (TabPane) window.scene().lookup("#inside-sources");
        sources.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> sources.getSelectionModel().select(t));
    }

    /** A step: {@code setup}, then once {@code ready} holds (and the layout settled), the window to {@code file}. */
    private void shot(String file, Runnable setup, BooleanSupplier ready) {
        steps.add(() -> {
            setup.run();
            later(() -> waitFor(ready, () -> save(file)));
        });
    }

    private void drawSeven(Node pad) {
        fire(pad, MouseEvent.MOUSE_PRESSED, SEVEN[0]);
        for (int i = 1; i < SEVEN.length; i++) {
            for (int step = 1; step <= 8; step++) {
                double t = step / 8.0;
                fire(pad, MouseEvent.MOUSE_DRAGGED, new double[] {SEVEN[i - 1][0] + t * (SEVEN[i][0] - SEVEN[i - 1][0]),
                        SEVEN[i - 1][1] + t * (SEVEN[i][1] - SEVEN[i - 1][1])});
            }
        }
        fire(pad, MouseEvent.MOUSE_RELEASED, SEVEN[SEVEN.length - 1]);
    }

    private static void fire(Node pad, javafx.event.EventType<MouseEvent> type, double[] at) {
        Point2D scene = pad.localToScene(at[0], at[1]);
        Event.fireEvent(pad, new MouseEvent(type, scene.getX(), scene.getY(), scene.getX(), scene.getY(),
                MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, false, false, false, null));
    }

    private void save(String file) {
        try {
            PngWriter.write(window.scene().snapshot(null), out.resolve(file));
            System.out.println("wrote " + out.resolve(file));
        } catch (Exception e) {
            System.err.println("cannot write " + file + ": " + e);
        }
        next();
    }

    private void next() {
        Runnable step = steps.poll();
        if (step != null) {
            step.run();
        }
    }

    private static void waitFor(BooleanSupplier condition, Runnable then) {
        if (condition.getAsBoolean()) {
            later(then);
        } else {
            PauseTransition pause = new PauseTransition(Duration.millis(200));
            pause.setOnFinished(e -> waitFor(condition, then));
            pause.play();
        }
    }

    private static void later(Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.millis(800));
        pause.setOnFinished(e -> action.run());
        pause.play();
    }
}
