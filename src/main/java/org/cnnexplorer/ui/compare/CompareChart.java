package org.cnnexplorer.ui.compare;

import static org.cnnexplorer.i18n.Messages.text;

import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cnnexplorer.core.Metric;
import org.cnnexplorer.ui.common.LogScale;
import org.cnnexplorer.ui.common.ValueAxes;

/** A bar per compared network for one metric, on a labelled log scale when the values spread widely. */
final class CompareChart extends VBox {

    private final CompareViewModel viewModel;
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());

    CompareChart(CompareViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("compare-chart");
        ComboBox<Metric> metric = new ComboBox<>();
        metric.getItems().setAll(Metric.values());
        metric.setButtonCell(new MetricCell());
        metric.setCellFactory(l -> new MetricCell());
        metric.valueProperty().bindBidirectional(viewModel.chartMetricProperty());
        metric.setId("compare-metric");
        CheckBox log = new CheckBox(text("compare.log-scale"));
        log.selectedProperty().bindBidirectional(viewModel.logScaleProperty());
        log.setId("compare-log");
        log.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label(text("compare.chart"));
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox tools = new HBox(10, title, metric, log);
        tools.getStyleClass().add("chart-toolbar");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setId("compare-chart");
        chart.setMinHeight(120);
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(tools, chart);
        viewModel.rowsProperty().addListener((obs, old, now) -> refresh());
        viewModel.chartMetricProperty().addListener((obs, old, now) -> refresh());
        viewModel.logScaleProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        CompareRow row = viewModel.row(viewModel.chartMetricProperty().get());
        chart.getData().clear();
        if (row == null) {
            return;
        }
        boolean log = viewModel.logScaleProperty().get();
        List<CompareEntry> entries = viewModel.entries();
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        long max = 1;
        for (int i = 0; i < entries.size() && i < row.values().size(); i++) {
            long value = row.values().get(i);
            max = Math.max(max, value);
            series.getData().add(new XYChart.Data<>(entries.get(i).label(), log ? LogScale.toAxis(value) : value));
        }
        NumberAxis y = (NumberAxis) chart.getYAxis();
        if (log) {
            ValueAxes.log(y, max);
        } else {
            ValueAxes.linear(y);
        }
        // an auto-ranging category axis keeps its old order when the same names come back reordered:
        // lay the empty chart out once so that it forgets them
        chart.layout();
        ((CategoryAxis) chart.getXAxis()).getCategories().setAll(entries.stream().map(CompareEntry::label).toList());
        chart.setTitle(log ? text("compare.chart.log-title", row.metric().label()) : row.metric().label());
        chart.getData().add(series);
        for (int i = 0; i < series.getData().size(); i++) {
            XYChart.Data<String, Number> bar = series.getData().get(i);
            bar.getNode().getStyleClass().add(i == row.best() ? "best-bar" : i == row.worst() ? "worst-bar" : "bar");
            Tooltip.install(bar.getNode(), new Tooltip(bar.getXValue() + ": " + row.texts().get(i)));
        }
    }

    /** Shows a metric by its label. */
    private static final class MetricCell extends javafx.scene.control.ListCell<Metric> {
        @Override
        protected void updateItem(Metric metric, boolean empty) {
            super.updateItem(metric, empty);
            setText(empty || metric == null ? null : metric.label());
        }
    }
}
