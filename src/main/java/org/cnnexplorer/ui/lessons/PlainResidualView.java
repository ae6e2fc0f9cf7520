package org.cnnexplorer.ui.lessons;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.Numbers;
import org.cnnexplorer.lessons.PlainVsResidual;
import org.cnnexplorer.training.SideBySideTraining;
import org.cnnexplorer.training.TrainingEvent;
import org.cnnexplorer.training.TrainingHistory;
import org.cnnexplorer.ui.common.IntSpinner;

/**
 * The training panel of the plain-vs-residual lesson: steps, Train both and Stop, the status line,
 * both loss curves overlaid (step on x), and each weight layer's gradient norm at one of the first
 * steps (layer on x from conv1 at the input to the classifier, log10 of the norm on y, one line per
 * network), with the step to show.
 */
final class PlainResidualView extends VBox {

    private final PlainResidualViewModel vm;
    private final Supplier<PlainVsResidual> lesson;
    private final LineChart<Number, Number> lossChart;
    private final LineChart<Number, Number> normChart;
    private final NumberAxis normAxis = new NumberAxis();
    private final NumberAxis layerAxis = new NumberAxis();
    private final Label normSummary = wrapped("");
    private int normStep = 1;

    /** {@code lesson}: the lesson with the numbers now chosen, whose networks Train both trains. */
    PlainResidualView(PlainResidualViewModel vm, Supplier<PlainVsResidual> lesson) {
        super(12);
        this.vm = vm;
        this.lesson = lesson;
        setId("plainres-training");
        lossChart = chart(new NumberAxis(), Messages.text("plainres.axis.step"), new NumberAxis(),
                Messages.text("plainres.axis.loss"), "plainres-loss");
        lossChart.setTitle(Messages.text("plainres.chart.loss"));
        normAxis.setLabel(Messages.text("plainres.axis.norm"));
        normAxis.setAutoRanging(false);
        normAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return String.format(Locale.ROOT, "1e%d", Math.round(value.doubleValue()));
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text.substring(2));
            }
        });
        layerAxis.setAutoRanging(false);
        layerAxis.setMinorTickVisible(false);
        normChart = chart(layerAxis, Messages.text("plainres.axis.layer"), normAxis, null, "plainres-norms");
        normSummary.setId("plainres-norm-summary");
        getChildren().addAll(controls(), lossChart, normStepRow(), normChart, normSummary);
        for (int network = 0; network < 2; network++) {
            int index = network;
            vm.losses(network).addListener((ListChangeListener<TrainingHistory.LossPoint>) c -> redrawLosses(index));
            vm.norms(network).addListener((ListChangeListener<TrainingEvent.GradientNorms>) c -> redrawNorms());
            redrawLosses(network);
        }
        redrawNorms();
    }

    private FlowPane controls() {
        IntSpinner steps = new IntSpinner(1, PlainResidualViewModel.MAX_STEPS, vm.stepsProperty().get(), value -> {
            vm.stepsProperty().set(value);
            return true;
        }, bad -> { });
        steps.setId("plainres-steps");
        steps.setPrefWidth(110);
        steps.disableProperty().bind(vm.runningProperty());
        Label stepsLabel = new Label(Messages.text("plainres.steps"));
        stepsLabel.setLabelFor(steps);
        Button train = new Button(Messages.text("plainres.train"));
        train.setId("plainres-train");
        train.disableProperty().bind(vm.runningProperty());
        train.setOnAction(e -> vm.start(lesson.get().networks()));
        Button stop = new Button(Messages.text("plainres.stop"));
        stop.setId("plainres-stop");
        stop.disableProperty().bind(vm.runningProperty().not());
        stop.setOnAction(e -> vm.stop());
        Label status = wrapped("");
        status.setId("plainres-status");
        status.textProperty().bind(vm.statusProperty());
        FlowPane row = new FlowPane(12, 8, new HBox(6, stepsLabel, steps), train, stop, status);
        row.setId("plainres-controls");
        // the status wraps within the row: its one-line width had made the lesson's page wider than the
        // window in lecture mode at 1280x800, every text of the page cut at the window's edge
        row.setMinWidth(0);
        status.maxWidthProperty().bind(row.widthProperty());
        return row;
    }

    private HBox normStepRow() {
        IntSpinner step = new IntSpinner(1, SideBySideTraining.NORM_STEPS, normStep, value -> {
            normStep = value;
            redrawNorms();
            return true;
        }, bad -> { });
        step.setId("plainres-norm-step");
        step.setPrefWidth(90);
        Label label = new Label(Messages.text("plainres.norm.step"));
        label.setLabelFor(step);
        return new HBox(6, label, step);
    }

    private static LineChart<Number, Number> chart(NumberAxis x, String xLabel, NumberAxis y, String yLabel,
                                                   String id) {
        x.setLabel(xLabel);
        x.setForceZeroInRange(false);
        if (yLabel != null) {
            y.setLabel(yLabel);
            y.setForceZeroInRange(false);
        }
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setPrefHeight(360);
        chart.setMinHeight(360);
        chart.setId(id);
        return chart;
    }

    private void redrawLosses(int network) {
        while (lossChart.getData().size() < 2) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(name(lossChart.getData().size()));
            lossChart.getData().add(series);
        }
        List<XYChart.Data<Number, Number>> points = vm.losses(network).stream()
                .map(p -> new XYChart.Data<Number, Number>(p.iteration(), p.loss())).toList();
        lossChart.getData().get(network).setName(name(network));
        lossChart.getData().get(network).getData().setAll(points);
    }

    private void redrawNorms() {
        normChart.setTitle(Messages.text("plainres.chart.norms", normStep));
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        List<XYChart.Series<Number, Number>> lines = new java.util.ArrayList<>();
        double[] first = new double[2];
        for (int network = 0; network < 2; network++) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(name(network));
            List<TrainingEvent.GradientNorms> steps = vm.norms(network);
            if (steps.size() >= normStep) {
                List<TrainingEvent.LayerNorm> layers = steps.get(normStep - 1).layers();
                first[network] = layers.get(0).norm();
                for (int i = 0; i < layers.size(); i++) {
                    double log = Math.log10(Math.max(layers.get(i).norm(), Double.MIN_NORMAL));
                    low = Math.min(low, log);
                    high = Math.max(high, log);
                    series.getData().add(new XYChart.Data<>(i + 1, log));
                }
            }
            lines.add(series);
        }
        normChart.getData().setAll(lines);
        boolean any = low <= high;
        normAxis.setLowerBound(any ? Math.floor(low) : -6);
        normAxis.setUpperBound(any ? Math.ceil(high) : 0);
        normAxis.setTickUnit(any && high - low > 10 ? 2 : 1);
        int count = lines.stream().mapToInt(series -> series.getData().size()).max().orElse(0);
        layerAxis.setLowerBound(1);
        layerAxis.setUpperBound(Math.max(2, count));
        layerAxis.setTickUnit(count <= 12 ? 1 : count <= 30 ? 2 : 5); // whole layer numbers only
        normSummary.setText(any && first[0] > 0 && first[1] > 0 ? Messages.text("plainres.norm.summary", normStep,
                Numbers.scientific(first[0]), Numbers.scientific(first[1])) : "");
    }

    /** The name of a network trained last, or of the lesson's before the first run. */
    private String name(int network) {
        List<String> trained = vm.names();
        return trained.get(network).isEmpty() ? lesson.get().networks().get(network).name() : trained.get(network);
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
