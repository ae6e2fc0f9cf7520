package org.cnnexplorer.ui.tools;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.data.DataDirectories;
import org.cnnexplorer.data.TestData;
import org.cnnexplorer.io.ModelCatalog;
import org.cnnexplorer.ui.app.Theme;
import org.cnnexplorer.ui.export.PngWriter;
import org.cnnexplorer.ui.inside.InsideView;
import org.cnnexplorer.ui.inside.InsideViewModel;

/**
 * Takes docs/screenshots/inside-filters-draw.png: the Inside tab on LeNet-5 with a saved run's
 * first-layer filters (its last epoch) and a 7 drawn on the Draw tab's pad, going through the network.
 * Arguments: the run ({@code .cnnrun} of LeNet-5 on MNIST) and the PNG to write. Run under Xvfb, with
 * the committed MNIST fixture as the images:
 * <pre>java -cp target/test-classes:target/classes:... org.cnnexplorer.ui.tools.InsideFiltersShot$Main RUN PNG</pre>
 */
public final class InsideFiltersShot extends Application {

    private static final double[][] SEVEN = {{50, 45}, {110, 42}, {170, 44}, {150, 95}, {125, 145}, {105, 190}};

    private InsideViewModel viewModel;
    private Scene scene;

    /** Main class (JavaFX will not start an Application subclass from the class path). */
    public static final class Main {

        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(InsideFiltersShot.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        Path run = Path.of(getParameters().getUnnamed().get(0));
        Path png = Path.of(getParameters().getUnnamed().get(1));
        NetworkSpec lenet = ModelCatalog.load("lenet5");
        viewModel = new InsideViewModel(new SimpleObjectProperty<>(lenet), DataDirectories.only(TestData.fixturesDir()));
        InsideView view = new InsideView(viewModel);
        scene = new Scene(view, 1600, 1000);
        scene.getStylesheets().add(Theme.STYLESHEET);
        stage.setScene(scene);
        stage.show();
        viewModel.loadSamples();
        waitFor(() -> viewModel.inspectionProperty().get() != null, () -> {
            viewModel.useRun(run);
            waitFor(() -> scene.lookup("#inside-filter-epoch").isVisible(), () -> {
                ((TabPane) scene.lookup("#inside-sources")).getSelectionModel().select(1);
                later(() -> {
                    drawSeven(scene.lookup("#inside-draw-pad"));
                    Slider epochs = (Slider) scene.lookup("#inside-filter-epoch");
                    epochs.setValue(epochs.getMax());
                    waitFor(() -> viewModel.imageProperty().get().description().startsWith("drawn")
                            && viewModel.statusProperty().get().contains("forward pass"), () -> save(png));
                });
            });
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

    private void save(Path png) {
        try {
            PngWriter.write(scene.snapshot(null), png);
            System.out.println("wrote " + png);
        } catch (Exception e) {
            System.err.println("cannot write " + png + ": " + e);
        }
        Platform.exit();
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
