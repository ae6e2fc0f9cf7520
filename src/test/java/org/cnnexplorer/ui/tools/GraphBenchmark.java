package org.cnnexplorer.ui.tools;

import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.ui.app.AppServices;
import org.cnnexplorer.ui.app.MainWindow;
import org.cnnexplorer.ui.common.PreferenceStore;
import org.cnnexplorer.ui.training.FakeTrainingBackend;

/**
 * Measures what "smooth" means for the big graphs, with every block open: frames per second
 * while zooming every frame (GoogLeNet, ResNet50), and while editing every frame (ResNet50: the
 * whole round trip of analysis, graph texts, table, totals, CSS, layout and rendering). Run under
 * Xvfb with main class {@code org.cnnexplorer.ui.tools.GraphBenchmark$Main} on the test class path.
 */
public final class GraphBenchmark extends Application {

    private static final double SECONDS = Double.parseDouble(System.getProperty("seconds", "4"));

    private MainWindow window;

    /** Main class (JavaFX will not start an Application subclass from the class path). */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(GraphBenchmark.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        window = new MainWindow(stage, new AppServices(PreferenceStore.inMemory(), FakeTrainingBackend::new));
        stage.setWidth(1600);
        stage.setHeight(1000);
        stage.show();
        Platform.runLater(getParameters().getRaw().contains("--edits") ? this::editing
                : () -> zooming("googlenet", () -> zooming("resnet50", this::editing)));
    }

    private void zooming(String id, Runnable then) {
        open(id);
        everyFrame(id + " fully open, zooming every frame", frame -> {
            window.graph().zoomIn();
            if (frame % 20 < 10) {
                window.graph().zoomOut();
                window.graph().zoomOut();
            }
        }, then);
    }

    private void editing() {
        open("resnet50");
        var explorer = window.viewModel().explorer();
        everyFrame("resnet50 fully open, one edit (input 224/256) every frame",
                frame -> explorer.setInput(Shape.of(3, 224 + frame % 2 * 32, 224 + frame % 2 * 32)), Platform::exit);
    }

    private void open(String id) {
        window.viewModel().picker().openBuiltIn(id);
        window.viewModel().graph().expandAll();
        window.graph().fit();
    }

    private static void everyFrame(String what, IntConsumer action, Runnable then) {
        new AnimationTimer() {
            private long first;
            private int frames;
            private long working;

            @Override
            public void handle(long now) {
                first = first == 0 ? now : first;
                long start = System.nanoTime();
                action.accept(frames++);
                working += System.nanoTime() - start;
                double seconds = (now - first) / 1e9;
                if (seconds > SECONDS) {
                    stop();
                    System.out.printf("%s: %.1f frames/s (%.2f ms per action before layout and rendering)%n",
                            what, frames / seconds, working / 1e6 / frames);
                    then.run();
                }
            }
        }.start();
    }
}
