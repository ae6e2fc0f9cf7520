package org.cnnexplorer.ui.tools;

import java.io.IOException;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.cnnexplorer.training.TrainingBackend;
import org.cnnexplorer.ui.app.AppServices;
import org.cnnexplorer.ui.app.MainWindow;
import org.cnnexplorer.ui.common.PreferenceStore;

/**
 * Takes docs/screenshots/palette-menu.png: the Layer menu open on LeNet-5's tanh1 with its
 * <i>Insert after</i> list of every layer and block kind (opened by moving the pointer onto it). Menus are
 * windows of their own, which a scene snapshot leaves out, so the X screen is captured with ImageMagick's
 * {@code import}. Run under Xvfb at
 * the window's size:
 * <pre>xvfb-run -a -s "-screen 0 1600x1000x24" java -cp ... org.cnnexplorer.ui.tools.PaletteMenuShot$Main PNG</pre>
 */
public final class PaletteMenuShot extends Application {

    /** Main class (JavaFX will not start an Application subclass from the class path). */
    public static final class Main {

        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(PaletteMenuShot.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        String png = getParameters().getUnnamed().get(0);
        MainWindow window = new MainWindow(stage, new AppServices(PreferenceStore.inMemory(),
                TrainingBackend::discover));
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1600);
        stage.setHeight(1000);
        stage.show();
        window.viewModel().picker().openBuiltIn("lenet5");
        window.viewModel().explorer().select("tanh1");
        later(1500, () -> {
            MenuBar bar = (MenuBar) window.scene().lookup(".menu-bar");
            Menu layer = bar.getMenus().stream().filter(m -> "menu-layer".equals(m.getId())).findFirst()
                    .orElseThrow();
            layer.show();
            later(600, () -> {
                Node insertAfter = layer.getItems().get(0).getStyleableNode();
                Point2D centre = insertAfter.localToScreen(insertAfter.getBoundsInLocal().getCenterX(),
                        insertAfter.getBoundsInLocal().getCenterY());
                new Robot().mouseMove(centre);
                later(1200, () -> capture(png));
            });
        });
    }

    private static void capture(String png) {
        try {
            int exit = new ProcessBuilder("import", "-window", "root", png).inheritIO().start().waitFor();
            System.out.println(exit == 0 ? "wrote " + png : "import failed (" + exit + ")");
        } catch (IOException e) {
            System.err.println("cannot run import (ImageMagick): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
    }

    private static void later(long millis, Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.millis(millis));
        pause.setOnFinished(e -> action.run());
        pause.play();
    }
}
