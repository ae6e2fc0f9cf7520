package org.cnnexplorer.ui.inside;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.Numbers;

/**
 * The Inside tab's "time per layer" pane (closed at first, so the layers have the height): a button
 * that times every layer of the shown image (and cancels while it runs), and a table sortable by any
 * column of each layer's block, MACs, measured time and achieved GFLOP/s.
 */
final class LayerTimesView extends TitledPane {

    private static final double TABLE_HEIGHT = 180;

    LayerTimesView(LayerTimesViewModel viewModel) {
        setText(Messages.text("inside.times.title"));
        setId("inside-times");
        setExpanded(false);
        setAnimated(false);
        Button time = new Button(Messages.text("inside.times.button"));
        time.setId("inside-time-layers");
        time.setTooltip(new javafx.scene.control.Tooltip(Messages.text("inside.times.tooltip",
                LayerTimesViewModel.RUNS)));
        time.setOnAction(e -> {
            if (viewModel.runningProperty().get()) {
                viewModel.cancel();
            } else {
                viewModel.timeLayers();
            }
        });
        viewModel.runningProperty().addListener((obs, was, now) -> time.setText(Messages.text(now
                ? "inside.times.cancel" : "inside.times.button")));
        Label status = new Label();
        status.textProperty().bind(viewModel.statusProperty());
        status.setId("inside-times-status");
        status.setWrapText(true); // a narrow window (lecture mode) wraps the summary rather than cutting it
        status.setMinHeight(Region.USE_PREF_SIZE);
        HBox bar = new HBox(10, time, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        InsideView.keepWidths(bar);
        TableView<LayerTimesViewModel.LayerTime> table = new TableView<>(viewModel.rows());
        table.setId("inside-times-table");
        table.setPrefHeight(TABLE_HEIGHT);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("inside.times.layer", LayerTimesViewModel.LayerTime::layer));
        table.getColumns().add(column("inside.times.block", LayerTimesViewModel.LayerTime::block));
        table.getColumns().add(numberColumn("inside.times.macs", LayerTimesViewModel.LayerTime::macs,
                Numbers::grouped));
        table.getColumns().add(numberColumn("inside.times.millis", LayerTimesViewModel.LayerTime::millis,
                ms -> String.format(Locale.ROOT, "%.3f", ms)));
        table.getColumns().add(numberColumn("inside.times.gflops", LayerTimesViewModel.LayerTime::gflops,
                g -> Double.isNaN(g) || g == 0 ? "-" : String.format(Locale.ROOT, "%.2f", g)));
        setContent(new VBox(4, bar, table));
    }

    private static TableColumn<LayerTimesViewModel.LayerTime, String> column(String key,
            Function<LayerTimesViewModel.LayerTime, String> value) {
        TableColumn<LayerTimesViewModel.LayerTime, String> column = new TableColumn<>(Messages.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    /** A right-aligned column that sorts by the number and shows it as {@code text} writes it. */
    private static <N extends Number & Comparable<N>> TableColumn<LayerTimesViewModel.LayerTime, N> numberColumn(
            String key, Function<LayerTimesViewModel.LayerTime, N> value, Function<N, String> text) {
        TableColumn<LayerTimesViewModel.LayerTime, N> column = new TableColumn<>(Messages.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(N item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        return column;
    }
}
