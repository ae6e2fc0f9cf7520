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
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
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
 * Takes the screenshots in docs/screenshots that need real training (the DL4J backend on the class path).
 * The Inside tab with a saved run's trained weights: the main
 * window on LeNet-5 running the run ({@code .cnnrun} of LeNet-5 on MNIST), at 1600x1000
 * ({@code inside-gradcam.png}: Grad-CAM of MNIST test image 0; {@code inside-filters-draw.png}: the
 * run's filters after its last epoch and a 7 drawn on the pad), then in lecture mode at 1280x800
 * ({@code lecture-inside-gradcam-1280.png}: Grad-CAM on the earlier layer c3;
 * {@code lecture-inside-draw-1280.png}; {@code lecture-inside-timing-1280.png}: the time per layer under
 * the filters). Then the Lessons window at the plain-vs-residual lesson after its short
 * training of both networks on MNIST ({@code lesson-plain-vs-residual.png}, 1600x1000).
 * Arguments: the run and the output folder. Run under Xvfb with the MNIST images where the app
 * finds them ({@code CNNX_DATA_DIR}):
 * <pre>java -cp target/test-classes:target/classes:... org.cnnexplorer.ui.tools.TrainedShots$Main RUN FOLDER
 * [--only=WORD]</pre> ({@code --only}: the screenshots whose file name contains WORD).
 */
public final class TrainedShots extends Application {

    private static final double[][] SEVEN = {{50, 45}, {110, 42}, {170, 44}, {150, 95}, {125, 145}, {105, 190}};

    private final Deque<Runnable> steps = new ArrayDeque<>();
    private MainWindow window;
    private Path out;
    private String only;

    /** Main class (JavaFX will not start an Application subclass from the class path). */
    public static final class Main {

        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(TrainedShots.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        Path run = Path.of(getParameters().getUnnamed().get(0));
        out = Path.of(getParameters().getUnnamed().get(1));
        only = getParameters().getNamed().get("only");
        Files.createDirectories(out);
        window = new MainWindow(stage, new AppServices(PreferenceStore.inMemory(), TrainingBackend::discover));
        stage.setWidth(1600);
        stage.setHeight(1000);
        stage.show();
        window.viewModel().picker().openBuiltIn("lenet5");
        window.inspectRun(run);
        steps.add(() -> waitFor(() -> inside().inspectionProperty().get() != null
                && inside().runFileProperty().get() != null && evidenceShown(), this::next));
        shot("inside-gradcam.png", () -> {
            inside().choose(0);
            tab("inside-tab-evidence");
        }, this::evidenceShown);
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
            ((TitledPane) window.scene().lookup("#inside-times")).setExpanded(true);
            inside().times().timeLayers();
        }, () -> !inside().times().rows().isEmpty() && !inside().times().runningProperty().get());
        step("lesson-plain-vs-residual.png", () -> {
            window.viewModel().lectureProperty().set(false);
            window.openLesson("plain-vs-residual");
            window.lessonsStage().setWidth(1600);
            window.lessonsStage().setHeight(1000);
            later(() -> {
                Scene lesson = window.lessonsStage().getScene();
                Button stop = (Button) lesson.lookup("#plainres-stop");
                ((Button) lesson.lookup("#plainres-train")).fire();
                waitFor(() -> !stop.isDisabled(), () -> waitFor(stop::isDisabled, () -> {
                    scrollToEnd(lesson.lookup("#plainres-training"));
                    later(() -> save("lesson-plain-vs-residual.png", lesson));
                }));
            });
        });
        steps.add(Platform::exit);
        next();
    }

    private InsideViewModel inside() {
        return window.inside();
    }

    /** The image went through the network and its heat map is there. */
    private boolean evidenceShown() {
        return inside().statusProperty().get().contains("forward pass")
                && inside().evidence().evidenceProperty().get() != null
                && inside().evidence().statusProperty().get().isEmpty();
    }

    /** The drawn digit went through the network and its heat map is there. */
    private boolean drawingShown() {
        return inside().imageProperty().get().description().startsWith("drawn") && evidenceShown();
    }

    /** Scrolls the scroll pane around {@code node} to its end, where the lesson's training is. */
    private static void scrollToEnd(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof ScrollPane pane) {
                pane.setVvalue(pane.getVmax());
                return;
            }
        }
    }

    private void tab(String id) {
        TabPane sources = (TabPane) window.scene().lookup("#inside-sources");
        sources.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> sources.getSelectionModel().select(t));
    }

    /** A step: {@code setup}, then once {@code ready} holds (and the layout settled), the window to {@code file}. */
    private void shot(String file, Runnable setup, BooleanSupplier ready) {
        step(file, () -> {
            setup.run();
            later(() -> waitFor(ready, () -> save(file)));
        });
    }

    /** A step that ends by saving {@code file}, left out when {@code --only=WORD} does not ask for it. */
    private void step(String file, Runnable action) {
        if (only == null || file.contains(only)) {
            steps.add(action);
        }
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
        save(file, window.scene());
    }

    private void save(String file, Scene scene) {
        try {
            PngWriter.write(scene.snapshot(null), out.resolve(file));
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
