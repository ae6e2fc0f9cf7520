package org.cnnexplorer.ui.training;

import static org.cnnexplorer.i18n.Messages.text;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.cnnexplorer.core.LearningRateSchedule;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.data.DatasetId;
import org.cnnexplorer.training.TrainingState;
import org.cnnexplorer.ui.common.Choices;
import org.cnnexplorer.ui.common.IntSpinner;

/** The training settings and the start, pause/resume and stop buttons. */
final class TrainingFormView extends VBox {

    TrainingFormView(TrainingViewModel vm, ObservableValue<String> networkName, Runnable saveRun, Runnable openRun) {
        getStyleClass().addAll("side-panel", "training-form");
        TrainingForm form = vm.form();
        Label heading = new Label(text("train.heading"));
        heading.getStyleClass().add("panel-heading");
        Label network = new Label();
        network.textProperty().bind(Bindings.createStringBinding(
                () -> text("train.network", networkName.getValue()), networkName));
        network.getStyleClass().add("muted");
        network.setWrapText(true);
        Label note = new Label();
        note.setId("train-note");
        note.setWrapText(true);
        note.getStyleClass().add("warning-text");
        note.textProperty().bind(vm.runNoteProperty());
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        Label fit = new Label();
        fit.setId("train-fit");
        fit.setWrapText(true);
        fit.textProperty().bind(Bindings.createStringBinding(vm::fitNote, networkName, form.datasetProperty(),
                form.resizeModeProperty(), form.resizeHeightProperty(), form.resizeWidthProperty(),
                form.batchProperty(), form.optimizerProperty()));
        fit.getStyleClass().add("warning-text");
        fit.visibleProperty().bind(fit.textProperty().isNotEmpty());
        fit.managedProperty().bind(fit.visibleProperty());
        ComboBox<DatasetId> dataset = choice(DatasetId.values(), DatasetId::displayName, form.datasetProperty(),
                "train-dataset");
        ComboBox<Optimizer> optimizer = choice(Optimizer.values(), Optimizer::id, form.optimizerProperty(),
                "train-optimizer");
        optimizer.setTooltip(new Tooltip(text("train.optimizer.tip")));
        TextField rate = new TextField();
        rate.textProperty().bindBidirectional(form.learningRateProperty());
        rate.setId("train-rate");
        ComboBox<LearningRateSchedule> schedule = choice(LearningRateSchedule.values(), LearningRateSchedule::id,
                form.scheduleProperty(), "train-schedule");
        schedule.setTooltip(new Tooltip(text("train.schedule.tip")));
        TextField dir = new TextField();
        dir.setPromptText(text("train.data-folder.prompt"));
        dir.textProperty().bindBidirectional(form.dataDirProperty());
        Button browse = new Button("...");
        browse.setOnAction(e -> chooseDirectory(dir));
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().setAll(labels, new javafx.scene.layout.ColumnConstraints());
        grid.addRow(0, new Label(text("train.dataset")), dataset);
        grid.addRow(1, new Label(text("train.epochs")), spinner(form.epochsProperty(), 1, "train-epochs"));
        grid.addRow(2, new Label(text("train.batch")), spinner(form.batchProperty(), 1, "train-batch"));
        grid.addRow(3, new Label(text("train.optimizer")), optimizer);
        grid.addRow(4, new Label(text("train.rate")), rate);
        grid.addRow(5, new Label(text("train.schedule")), schedule);
        grid.addRow(6, tip(new Label(text("train.train-images")), text("train.train-images.tip")),
                spinner(form.trainLimitProperty(), 0, "train-limit"));
        grid.addRow(7, tip(new Label(text("train.test-images")), text("train.test-images.tip")),
                spinner(form.testLimitProperty(), 0, "test-limit"));
        grid.addRow(8, new Label(text("train.data-folder")), new HBox(4, dir, browse));
        // The resize choices name their sizes and are wider than the grid's fields: a row of their own.
        VBox resize = new VBox(4, new Label(text("train.resize")), new ResizeChoiceView(vm, networkName));
        CheckBox fromFile = new CheckBox();
        fromFile.setId("start-from-file-weights");
        fromFile.selectedProperty().bindBidirectional(vm.startFromFileWeightsProperty());
        fromFile.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.weightsFileProperty()
                .get() == null ? "" : text("train.from-file", vm.weightsFileProperty().get().getFileName()),
                vm.weightsFileProperty()));
        fromFile.setWrapText(true);
        fromFile.setTooltip(new Tooltip(text("train.from-file.tip")));
        fromFile.visibleProperty().bind(vm.weightsFileProperty().isNotNull());
        fromFile.managedProperty().bind(fromFile.visibleProperty());
        Button continueRun = button(text("train.continue"), vm::continueTraining, "train-continue");
        continueRun.visibleProperty().bind(vm.canContinueProperty());
        continueRun.managedProperty().bind(continueRun.visibleProperty());
        continueRun.setTooltip(new Tooltip(text("train.continue.tip")));
        // Start, Pause and Stop come first, so that they are on screen without scrolling in lecture mode.
        getChildren().addAll(heading, network, note, fit, buttons(vm), grid, resize, fromFile,
                new DatasetAvailabilityView(vm.availability()), continueRun,
                new HBox(8, button(text("menu.file.save-run"), saveRun, "save-run"),
                button(text("menu.file.open-run"), openRun, "open-run")));
    }

    private static HBox buttons(TrainingViewModel vm) {
        Button start = button(text("train.start"), vm::start, "train-start");
        start.getStyleClass().add("accent");
        start.disableProperty().bind(vm.activeBinding());
        Button pause = button(text("train.pause"), vm::startPauseOrResume, "train-pause");
        pause.textProperty().bind(Bindings.createStringBinding(
                () -> text(vm.stateProperty().get() == TrainingState.PAUSED ? "train.resume" : "train.pause"),
                vm.stateProperty()));
        pause.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            TrainingState s = vm.stateProperty().get();
            return s != TrainingState.RUNNING && s != TrainingState.PAUSED;
        }, vm.stateProperty()));
        Button stop = button(text("menu.train.stop"), vm::stop, "train-stop");
        stop.disableProperty().bind(vm.activeBinding().not());
        return new HBox(8, start, pause, stop);
    }

    /** A drop-down of those values, shown by {@code text}, bound both ways to the form's property. */
    private static <T> ComboBox<T> choice(T[] values, java.util.function.Function<T, String> text,
                                          javafx.beans.property.ObjectProperty<T> property, String id) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setConverter(Choices.converter(text));
        box.valueProperty().bindBidirectional(property);
        box.setId(id);
        // the chosen value is shown whole (Fashion-MNIST in lecture mode's larger font)
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return box;
    }

    private static Button button(String text, Runnable action, String id) {
        Button button = new Button(text);
        button.setOnAction(e -> action.run());
        button.setId(id);
        return button;
    }

    private static IntSpinner spinner(javafx.beans.property.IntegerProperty property, int min, String id) {
        IntSpinner spinner = new IntSpinner(min, 10_000_000, property.get(), v -> {
            property.set(v);
            return true;
        }, message -> { });
        spinner.setId(id);
        property.addListener((obs, old, now) -> spinner.show(now.intValue()));
        return spinner;
    }

    private static Label tip(Label label, String text) {
        label.setTooltip(new Tooltip(text));
        return label;
    }

    private void chooseDirectory(TextField dir) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(text("train.data-folder.title"));
        File chosen = chooser.showDialog(getScene().getWindow());
        if (chosen != null) {
            dir.setText(chosen.getAbsolutePath());
        }
    }
}
