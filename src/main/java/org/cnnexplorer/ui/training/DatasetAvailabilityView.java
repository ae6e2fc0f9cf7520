package org.cnnexplorer.ui.training;

import static org.cnnexplorer.i18n.Messages.text;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Where the chosen data set was found, or a Download button with progress and Cancel. */
final class DatasetAvailabilityView extends VBox {

    DatasetAvailabilityView(DatasetAvailability vm) {
        super(4);
        getStyleClass().add("dataset-availability");
        Label status = new Label();
        status.setId("dataset-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("muted");
        Button download = new Button(text("dataset.download"));
        download.setId("dataset-download");
        download.setOnAction(e -> vm.download());
        show(download, vm.missingProperty().and(vm.downloadingProperty().not()));
        ProgressBar bar = new ProgressBar();
        bar.setId("dataset-progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        Button cancel = new Button(text("dialog.cancel"));
        cancel.setId("dataset-cancel");
        cancel.setOnAction(e -> vm.cancel());
        HBox downloadingRow = new HBox(6, bar, cancel);
        HBox.setHgrow(bar, javafx.scene.layout.Priority.ALWAYS);
        show(downloadingRow, vm.downloadingProperty());
        getChildren().addAll(status, download, downloadingRow);
    }

    private static void show(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }
}
