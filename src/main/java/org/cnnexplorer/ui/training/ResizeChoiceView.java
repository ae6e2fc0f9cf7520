package org.cnnexplorer.ui.training;

import static org.cnnexplorer.i18n.Messages.text;

import javafx.beans.Observable;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.cnnexplorer.training.ImageResize;
import org.cnnexplorer.ui.common.Choices;
import org.cnnexplorer.ui.common.IntSpinner;

/**
 * The "Resize images to" row: none, the network's minimum (63x63 for AlexNet), the paper's size
 * (227x227) or a custom height x width, whose spinners show only for the custom choice. The
 * choices name their sizes for the explored network and data set, so they are relabelled when
 * either changes.
 */
final class ResizeChoiceView extends HBox {

    ResizeChoiceView(TrainingViewModel vm, Observable... relabelOn) {
        super(4);
        TrainingForm form = vm.form();
        ComboBox<ImageResize.Mode> mode = new ComboBox<>();
        mode.getItems().setAll(ImageResize.Mode.values());
        mode.setConverter(Choices.converter(vm::resizeLabel));
        mode.valueProperty().bindBidirectional(form.resizeModeProperty());
        mode.setId("train-resize");
        mode.setTooltip(new Tooltip(text("trainstatus.resize.tip")));
        for (Observable o : relabelOn) {
            o.addListener(changed -> relabel(mode, vm));
        }
        form.datasetProperty().addListener(changed -> relabel(mode, vm));
        IntSpinner height = spinner(form.resizeHeightProperty(), "train-resize-height");
        IntSpinner width = spinner(form.resizeWidthProperty(), "train-resize-width");
        HBox custom = new HBox(4, height, new Label("x"), width);
        custom.visibleProperty().bind(form.resizeModeProperty().isEqualTo(ImageResize.Mode.SIZE));
        custom.managedProperty().bind(custom.visibleProperty());
        getChildren().addAll(mode, custom);
    }

    /** Redraws the choices' texts (the minimum and paper sizes depend on the network and data set). */
    private static void relabel(ComboBox<ImageResize.Mode> mode, TrainingViewModel vm) {
        mode.setConverter(Choices.converter(vm::resizeLabel));
        ImageResize.Mode chosen = mode.getValue();
        mode.getItems().setAll(ImageResize.Mode.values());
        mode.setValue(chosen);
    }

    private static IntSpinner spinner(javafx.beans.property.IntegerProperty property, String id) {
        IntSpinner spinner = new IntSpinner(1, ImageResize.MAX_SIDE, property.get(), v -> {
            property.set(v);
            return true;
        }, message -> { });
        spinner.setId(id);
        spinner.setPrefWidth(80);
        property.addListener((obs, old, now) -> spinner.show(now.intValue()));
        return spinner;
    }
}
