package org.cnnexplorer.ui.training;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/** The loss curve (raw and smoothed, per iteration) and the accuracy curves (train and test, per epoch). */
final class TrainingCharts {

    private TrainingCharts() {
    }

    static LineChart<Number, Number> loss(TrainingProgress progress) {
        LineChart<Number, Number> chart = chart("Loss", "iteration", "loss", false);
        chart.setId("loss-chart");
        chart.getStyleClass().add("loss-chart");
        bind(chart, "loss", progress.rawLossProperty());
        bind(chart, "smoothed", progress.smoothedLossProperty());
        return chart;
    }

    static LineChart<Number, Number> accuracy(TrainingProgress progress) {
        LineChart<Number, Number> chart = chart("Accuracy per epoch", "epoch", "accuracy", true);
        chart.setId("accuracy-chart");
        NumberAxis y = (NumberAxis) chart.getYAxis();
        y.setAutoRanging(false);
        y.setLowerBound(0);
        y.setUpperBound(1);
        y.setTickUnit(0.1);
        NumberAxis x = (NumberAxis) chart.getXAxis();
        x.setTickUnit(1);
        x.setMinorTickVisible(false);
        bind(chart, "train", progress.trainAccuracyProperty());
        bind(chart, "test", progress.testAccuracyProperty());
        return chart;
    }

    private static LineChart<Number, Number> chart(String title, String xLabel, String yLabel, boolean symbols) {
        NumberAxis x = new NumberAxis();
        x.setLabel(xLabel);
        x.setForceZeroInRange(false);
        NumberAxis y = new NumberAxis();
        y.setLabel(yLabel);
        y.setForceZeroInRange(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setCreateSymbols(symbols);
        return chart;
    }

    private static void bind(LineChart<Number, Number> chart, String name, ObservableValue<List<CurvePoint>> points) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        chart.getData().add(series);
        points.addListener((obs, old, now) -> series.getData().setAll(now.stream()
                .map(p -> new XYChart.Data<Number, Number>(p.x(), p.y())).toList()));
    }
}
