package org.cnnexplorer.ui.app;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.cnnexplorer.io.ModelCatalog;
import org.cnnexplorer.io.ModelFileException;
import org.cnnexplorer.lessons.Lessons;
import org.cnnexplorer.ui.lessons.LessonsView;
import org.cnnexplorer.ui.lessons.LessonsViewModel;

/**
 * The Lessons window, one per main window, opened from the Lessons menu at the chosen lesson. It
 * follows the main window's theme and lecture mode.
 */
final class LessonsWindow {

    private final MainWindow owner;
    private Stage stage;
    private LessonsViewModel viewModel;

    LessonsWindow(MainWindow owner) {
        this.owner = owner;
    }

    /** Shows the window at the lesson with this id. */
    void show(String id) throws ModelFileException {
        if (stage == null) {
            viewModel = new LessonsViewModel(Lessons.all(ModelCatalog.load("vgg16")));
            LessonsView view = new LessonsView(viewModel);
            Scene scene = new Scene(view, 1280, 860);
            scene.getStylesheets().add(Theme.STYLESHEET);
            Theme.bind(view, owner.viewModel().darkProperty(), owner.viewModel().lectureProperty());
            stage = new Stage();
            stage.initOwner(owner.stage());
            stage.setTitle("Lessons - CNN Explorer");
            stage.setScene(scene);
        }
        viewModel.select(id);
        stage.show();
        stage.toFront();
    }

    /** The open window, or null before the first lesson was opened (for tests). */
    Stage stage() {
        return stage;
    }
}
