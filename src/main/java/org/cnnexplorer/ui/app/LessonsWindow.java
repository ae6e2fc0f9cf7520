package org.cnnexplorer.ui.app;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.io.model.ModelFileException;
import org.cnnexplorer.lessons.Lessons;
import org.cnnexplorer.ui.common.Background;
import org.cnnexplorer.ui.lessons.LessonsView;
import org.cnnexplorer.ui.lessons.LessonsViewModel;
import org.cnnexplorer.ui.lessons.PlainResidualViewModel;

/**
 * The Lessons window, one per main window, opened from the Lessons menu at the chosen lesson. It
 * follows the main window's theme and lecture mode. Closing it stops the plain-vs-residual lesson's
 * runs; they read MNIST from the data folder chosen in the Train tab.
 */
final class LessonsWindow {

    private final MainWindow owner;
    private Stage stage;
    private LessonsViewModel viewModel;
    private PlainResidualViewModel training;

    LessonsWindow(MainWindow owner) {
        this.owner = owner;
    }

    /** Shows the window at the lesson with this id. */
    void show(String id) throws ModelFileException {
        if (stage == null) {
            viewModel = new LessonsViewModel(Lessons.all(ModelCatalog.load("vgg16")));
            training = new PlainResidualViewModel(owner.viewModel().services().trainingBackend(),
                    () -> owner.viewModel().training().form().dataDirectory(), Background.workers(),
                    Background.timer(), Platform::runLater);
            stage = new Stage();
            stage.initOwner(owner.stage());
            stage.setScene(scene(new LessonsView(viewModel, training)));
            stage.setOnHidden(e -> training.stop());
        }
        stage.setTitle(Messages.text("lessons.window.title"));
        viewModel.select(id);
        stage.show();
        stage.toFront();
    }

    private Scene scene(LessonsView view) {
        Scene scene = new Scene(view, 1280, 860);
        scene.getStylesheets().add(Theme.STYLESHEET);
        Theme.bind(view, owner.viewModel().darkProperty(), owner.viewModel().lectureProperty());
        Theme.bindLanguage(view, owner.viewModel().languageProperty());
        return scene;
    }

    /**
     * After a switch of language: the open window shows the same lesson, with the numbers the user set,
     * its texts made again.
     */
    void languageChanged() throws ModelFileException {
        if (stage != null) {
            stage.setTitle(Messages.text("lessons.window.title"));
            double width = stage.getScene().getWidth();
            double height = stage.getScene().getHeight();
            viewModel.textsChanged();
            training.textsChanged();
            Scene scene = scene(new LessonsView(viewModel, training));
            stage.setScene(scene);
            stage.setWidth(stage.getWidth() - width + scene.getWidth());
            stage.setHeight(stage.getHeight() - height + scene.getHeight());
        }
    }

    /** The open window, or null before the first lesson was opened (for tests). */
    Stage stage() {
        return stage;
    }
}
