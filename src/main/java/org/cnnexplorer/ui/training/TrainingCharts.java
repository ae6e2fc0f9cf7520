package org.cnnexplorer.ui.training;

import static org.cnnexplorer.i18n.Messages.text;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Path;
import javafx.util.StringConverter;

/** The loss curve (raw and smoothed, per iteration) and the accuracy curves (train and test, per epoch). */
final class TrainingCharts {

    private TrainingCharts() {
    }

    static LineChart<Number, Number> loss(TrainingProgress progress) {
        LineChart<Number, Number> chart = chart(text("train.chart.loss"), text("train.chart.iteration"), false);
        chart.setId("loss-chart");
        chart.getStyleClass().add("loss-chart");
        bind(chart, text("train.series.loss"), progress.rawLossProperty());
        bind(chart, text("train.series.smoothed"), progress.smoothedLossProperty());
        roomyTicks((NumberAxis) chart.getXAxis(), progress.rawLossProperty());
        return chart;
    }

    /**
     * Iterations from 0 with ticks far enough apart for their labels: JavaFX's own range allows about
     * two font heights per label, so in lecture mode {@code 75 100 125 150} ran together.
     */
    private static void roomyTicks(NumberAxis axis, ObservableValue<List<CurvePoint>> points) {
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        Runnable update = () -> {
            List<CurvePoint> now = points.getValue();
            double last = now.isEmpty() ? 1 : Math.max(1, now.get(now.size() - 1).x());
            double label = axis.getTickLabelFont().getSize() * (0.6 * Long.toString((long) last).length() + 2);
            double unit = tickUnit(last, Math.max(2, (int) (axis.getWidth() / label)));
            axis.setTickUnit(unit);
            axis.setUpperBound(Math.ceil(last / unit) * unit);
        };
        points.addListener((obs, old, now) -> update.run());
        axis.widthProperty().addListener((obs, old, now) -> update.run());
        update.run();
    }

    /** The smallest of 1, 2, 5 x 10^k that shows {@code 0 .. last} in at most {@code ticks} steps. */
    static double tickUnit(double last, int ticks) {
        double raw = last / ticks;
        double unit = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (unit * step >= raw) {
                return Math.max(1, unit * step);
            }
        }
        return Math.max(1, unit * 10);
    }

    private static final double EPOCH_MARGIN = 0.4;

    private static double lastEpoch(TrainingProgress progress) {
        var points = progress.testAccuracyProperty().get();
        return points.isEmpty() ? 0 : points.get(points.size() - 1).x();
    }

    /** Accuracy from just below the lowest point up to 100 %, epochs 0 to the planned number. */
    static LineChart<Number, Number> accuracy(TrainingProgress progress, IntegerProperty epochs) {
        LineChart<Number, Number> chart = chart(text("train.chart.accuracy"), text("train.chart.epoch"), true);
        chart.setId("accuracy-chart");
        chart.getStyleClass().add("accuracy-chart");
        NumberAxis y = (NumberAxis) chart.getYAxis();
        y.setAutoRanging(false);
        y.setUpperBound(1);
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return Math.round(value.doubleValue() * 100) + "%";
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        NumberAxis x = (NumberAxis) chart.getXAxis();
        x.setAutoRanging(false);
        x.setLowerBound(0);
        x.setTickUnit(1);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number value) {
                double v = value.doubleValue();
                return Math.abs(v - Math.rint(v)) < 1e-9 ? Long.toString(Math.round(v)) : "";
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        bind(chart, text("train.series.train"), progress.trainAccuracyProperty());
        bind(chart, text("train.series.test"), progress.testAccuracyProperty());
        Runnable range = () -> {
            double low = Math.min(lowest(progress.trainAccuracyProperty().get()),
                    lowest(progress.testAccuracyProperty().get()));
            y.setLowerBound(Math.max(0, Math.floor(low * 10 - 0.5) / 10));
            y.setTickUnit(y.getLowerBound() >= 0.7 ? 0.05 : 0.1);
            // Half an epoch of room on the right, so the last point is drawn whole.
            x.setUpperBound(Math.max(epochs.get(), lastEpoch(progress)) + EPOCH_MARGIN);
        };
        progress.trainAccuracyProperty().addListener((obs, old, now) -> range.run());
        epochs.addListener((obs, old, now) -> range.run());
        range.run();
        return chart;
    }

    private static double lowest(List<CurvePoint> points) {
        return points.stream().mapToDouble(CurvePoint::y).min().orElse(0);
    }

    /** The title names the quantity, so the vertical axis has no label of its own (it would be cut in lecture mode). */
    private static LineChart<Number, Number> chart(String title, String xLabel, boolean symbols) {
        NumberAxis x = new NumberAxis();
        x.setLabel(xLabel);
        x.setForceZeroInRange(false);
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setCreateSymbols(symbols);
        // Beside the plot: below it, a short chart (lecture mode at 1280x800) has no room for it.
        chart.setLegendSide(javafx.geometry.Side.RIGHT);
        return chart;
    }

    private static void bind(LineChart<Number, Number> chart, String name, ObservableValue<List<CurvePoint>> points) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        chart.getData().add(series);
        points.addListener((obs, old, now) -> {
            series.getData().setAll(now.stream().map(p -> new XYChart.Data<Number, Number>(p.x(), p.y())).toList());
            // LineChart keeps the last drawn line of a series that becomes empty (a new run would show the
            // previous run's line, at the old axis' positions): clear it.
            if (now.isEmpty() && series.getNode() instanceof Path line) {
                line.getElements().clear();
            }
        });
    }
}
