package org.cnnexplorer.ui.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BooleanSupplier;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.training.TrainingBackend;
import org.cnnexplorer.training.TrainingState;
import org.cnnexplorer.ui.app.AppServices;
import org.cnnexplorer.ui.app.MainWindow;
import org.cnnexplorer.ui.app.MainWindow.Screen;
import org.cnnexplorer.ui.common.PreferenceStore;
import org.cnnexplorer.ui.export.PngWriter;
import org.cnnexplorer.ui.training.FakeTrainingBackend;

/**
 * Takes the screenshots in docs/screenshots: opens a real window (run under Xvfb), walks through
 * the screens and writes each as a PNG. Training uses {@link FakeTrainingBackend} unless
 * {@code --real} is given (then the backend on the class path, e.g. DL4J).
 *
 * {@code --only=WORD} takes only the screenshots whose file name contains WORD.
 *
 * <pre>bin/screenshots [--real] [--only=WORD] [output folder]</pre> (main class {@link Screenshots}).
 */
public final class ScreenshotTour extends Application {

    private final Deque<Runnable> steps = new ArrayDeque<>();
    private MainWindow window;
    private Path out;

    private boolean real;
    private String only;

    @Override
    public void start(Stage stage) throws Exception {
        real = getParameters().getRaw().contains("--real");
        only = getParameters().getNamed().get("only");
        out = Path.of(getParameters().getUnnamed().stream().filter(a -> !a.startsWith("--")).findFirst()
                .orElse("docs/screenshots"));
        Files.createDirectories(out);
        TrainingBackend fake = new FakeTrainingBackend(4, null);
        window = new MainWindow(stage, new AppServices(PreferenceStore.inMemory(),
                real ? TrainingBackend::discover : () -> fake));
        stage.setWidth(1600);
        stage.setHeight(1000);
        stage.show();
        plan();
        next();
    }

    private void plan() {
        var vm = window.viewModel();
        shot("graph-resnet50.png", () -> {
            vm.picker().openBuiltIn("resnet50");
            vm.graph().toggle("layer1.0");
            vm.explorer().select("layer1.0.bn2");
        }, () -> {
            window.graph().actualSize();
            window.graph().zoomOut();
            window.graph().zoomOut();
            vm.explorer().select("layer1.0");
            vm.explorer().select("layer1.0.bn2");
        });
        shot("graph-googlenet.png", () -> {
            vm.picker().openBuiltIn("googlenet");
            vm.graph().toggle("inception3a");
            vm.explorer().select("inception3a.branch2.0.bn");
        }, () -> window.graph().zoomOut());
        shot("table-vgg16.png", () -> {
            vm.picker().openBuiltIn("vgg16");
            window.show(Screen.TABLE);
            vm.explorer().select("fc6");
        }, null);
        shot("problem-alexnet-32.png", () -> {
            vm.picker().openBuiltIn("alexnet");
            window.show(Screen.GRAPH);
            vm.explorer().setInput(Shape.of(3, 32, 32));
            vm.explorer().select("pool5");
        }, null);
        shot("charts-vgg16.png", () -> {
            vm.picker().openBuiltIn("vgg16");
            window.show(Screen.CHARTS);
        }, null);
        shot("compare.png", () -> window.show(Screen.COMPARE), null);
        viewsInLecture();
        paletteShots();
        step("training.png", () -> {
            vm.picker().openBuiltIn("lenet5");
            window.show(Screen.TRAIN);
            if (real) {
                var form = vm.training().form();
                form.datasetProperty().set(org.cnnexplorer.data.DatasetId.FASHION_MNIST);
                form.epochsProperty().set(3);
                form.trainLimitProperty().set(20_000);
                form.testLimitProperty().set(2_000);
            }
            vm.training().start();
            waitFor(() -> vm.training().stateProperty().get().isTerminal(), () -> save("training.png"));
        });
        shot("lecture-dark.png", () -> {
            window.show(Screen.GRAPH);
            vm.picker().openBuiltIn("googlenet");
            vm.darkProperty().set(true);
            vm.lectureProperty().set(true);
            vm.explorer().select("inception4a");
        }, null);
        lectureShots();
        steps.add(Platform::exit);
    }

    /** The layer palette after inserting a convolution into LeNet-5, normal and in lecture mode at 1280x800. */
    private void paletteShots() {
        var vm = window.viewModel();
        Runnable insert = () -> {
            window.show(Screen.GRAPH);
            vm.darkProperty().set(false);
            vm.picker().openBuiltIn("lenet5");
            vm.explorer().select("tanh1");
            vm.palette().insertAfter(org.cnnexplorer.core.LayerKind.CONV2D);
        };
        shot("palette.png", () -> {
            size(1600, 1000);
            vm.lectureProperty().set(false);
            insert.run();
        }, null);
        shot("lecture-palette-1280.png", () -> {
            size(1280, 800);
            vm.lectureProperty().set(true);
            insert.run();
        }, null);
        steps.add(() -> {
            vm.lectureProperty().set(false);
            size(1600, 1000);
            next();
        });
    }

    /** Lecture mode at the two projector sizes the docs promise: 1280x800 and 1920x1080. */
    private void lectureShots() {
        var vm = window.viewModel();
        step("lecture-train-1280.png", () -> {
            lecture(1280, 800);
            vm.darkProperty().set(false);
            vm.picker().openBuiltIn("lenet5");
            window.show(Screen.TRAIN);
            vm.training().start();
            waitFor(() -> vm.training().stateProperty().get().isTerminal(), () -> save("lecture-train-1280.png"));
        });
        shot("lecture-train-dark-1280.png", () -> {
            lecture(1280, 800);
            vm.darkProperty().set(true);
        }, null);
        shot("lecture-graph-1280.png", () -> {
            lecture(1280, 800);
            vm.darkProperty().set(true);
            window.show(Screen.GRAPH);
            vm.picker().openBuiltIn("alexnet");
            vm.explorer().select("conv1");
        }, null);
        step("lecture-train-1920.png", () -> {
            lecture(1920, 1080);
            vm.darkProperty().set(false);
            vm.picker().openBuiltIn("lenet5");
            window.show(Screen.TRAIN);
            vm.training().start();
            waitFor(() -> vm.training().stateProperty().get().isTerminal(), () -> save("lecture-train-1920.png"));
        });
    }

    /**
     * Lecture mode at a projector size. Every lecture shot sets it itself, so {@code --only} (which
     * leaves out the steps before) still takes it in lecture mode.
     */
    private void lecture(double width, double height) {
        size(width, height);
        window.viewModel().lectureProperty().set(true);
    }

    private void size(double width, double height) {
        window.stage().setWidth(width);
        window.stage().setHeight(height);
    }

    /** A step that ends by saving {@code file}, left out when {@code --only} does not ask for it. */
    private void step(String file, Runnable action) {
        if (only == null || file.contains(only)) {
            steps.add(action);
        }
    }

    private void shot(String file, Runnable setup, Runnable afterLayout) {
        step(file, () -> {
            setup.run();
            later(400, () -> {
                if (afterLayout != null) {
                    afterLayout.run();
                }
                later(600, () -> save(file));
            });
        });
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

    private void waitFor(BooleanSupplier condition, Runnable then) {
        if (condition.getAsBoolean() && window.viewModel().training().stateProperty().get() != TrainingState.NEW) {
            later(700, then);
        } else {
            later(200, () -> waitFor(condition, then));
        }
    }

    private void next() {
        Runnable step = steps.poll();
        if (step != null) {
            step.run();
        }
    }

    private static void later(long millis, Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.millis(millis));
        pause.setOnFinished(e -> action.run());
        pause.play();
    }

    /** The Graph, Table, Charts and Compare screens in lecture mode at 1280x800, then back to the tour's window. */
    private void viewsInLecture() {
        var vm = window.viewModel();
        shot("lecture-graph-resnet50-1280.png", () -> {
            lecture(1280, 800);
            vm.picker().openBuiltIn("resnet50");
            window.show(Screen.GRAPH);
        }, () -> window.graph().fit());
        shot("lecture-table-1280.png", () -> {
            lecture(1280, 800);
            vm.picker().openBuiltIn("googlenet");
            window.show(Screen.TABLE);
            vm.explorer().select("inception3a.branch2.1.conv");
        }, null);
        shot("lecture-charts-1280.png", () -> {
            lecture(1280, 800);
            vm.picker().openBuiltIn("vgg16");
            window.show(Screen.CHARTS);
        }, null);
        shot("lecture-charts-resnet50-1280.png", () -> {
            lecture(1280, 800);
            vm.picker().openBuiltIn("resnet50");
            window.show(Screen.CHARTS);
        }, null);
        shot("lecture-compare-1280.png", () -> {
            lecture(1280, 800);
            try {
                vm.compare().addBuiltIn("alexnet-paper");
                vm.compare().addBuiltIn("googlenet-paper");
                vm.compare().addBuiltIn("lenet5");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            window.show(Screen.COMPARE);
        }, null);
        steps.add(() -> {
            for (int i = 0; i < 3 && !vm.compare().entries().isEmpty(); i++) { // none when --only left them out
                vm.compare().remove(vm.compare().entries().size() - 1);
            }
            vm.lectureProperty().set(false);
            window.stage().setWidth(1600);
            window.stage().setHeight(1000);
            later(300, this::next);
        });
    }
}
