package org.cnnexplorer.ui.lessons;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.Numbers;
import org.cnnexplorer.lessons.Lesson;
import org.cnnexplorer.lessons.LessonParameter;
import org.cnnexplorer.lessons.PlainVsResidual;
import org.cnnexplorer.ui.common.IntSpinner;

/**
 * The Lessons window's content: the list of lessons on the left; on the right the lesson's title
 * and text, its numbers as spinners (every figure follows as they are typed), the networks side by
 * side with their layers, and the points the lesson makes. The detection lesson shows
 * {@link DetectionView} instead; the plain-vs-residual lesson adds its training panel
 * ({@link PlainResidualView}), whose runs stop when another lesson is chosen.
 */
public final class LessonsView extends BorderPane {

    private final LessonsViewModel vm;
    private final VBox page = new VBox(14);
    private final Label message = new Label();
    private final VBox figures = new VBox(14);
    private final PlainResidualViewModel training;

    public LessonsView(LessonsViewModel vm) {
        this(vm, null);
    }

    /** {@code training}: trains the plain-vs-residual lesson's networks; null shows no training panel. */
    public LessonsView(LessonsViewModel vm, PlainResidualViewModel training) {
        this.vm = vm;
        this.training = training;
        getStyleClass().add("lessons-view");
        ListView<LessonsViewModel.Entry> list = new ListView<>();
        list.setId("lesson-list");
        list.getItems().setAll(vm.entries());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LessonsViewModel.Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : entry.title());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.setPrefWidth(300);
        list.getSelectionModel().select(vm.selectedProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((obs, old, now) -> {
            list.getSelectionModel().select(now);
            if (training != null && old != now) {
                training.stop();
            }
            rebuild();
        });
        vm.outcomeProperty().addListener((obs, old, now) -> {
            if (old != null && now != null && old.lesson().id().equals(now.lesson().id())) {
                refreshFigures(now);
            }
        });
        message.getStyleClass().add("problem-text");
        message.setId("lesson-message");
        message.textProperty().bind(vm.messageProperty());
        message.fontProperty().addListener((obs, old, now) -> {
            if (vm.outcomeProperty().get() != null) {
                refreshFigures(vm.outcomeProperty().get());
            }
        });
        page.setPadding(new Insets(16));
        page.setId("lesson-page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setId("lesson-scroll");
        setLeft(list);
        setCenter(scroll);
        rebuild();
    }

    private void rebuild() {
        page.getChildren().clear();
        LessonsViewModel.Entry entry = vm.selectedProperty().get();
        Label title = new Label(entry.title());
        title.getStyleClass().add("lesson-title");
        title.setWrapText(true);
        page.getChildren().add(title);
        if (entry instanceof LessonsViewModel.Detection) {
            page.getChildren().add(new DetectionView());
            return;
        }
        Lesson.Outcome outcome = vm.outcomeProperty().get();
        Label text = new Label(outcome.lesson().text());
        text.setWrapText(true);
        text.getStyleClass().add("lesson-text");
        page.getChildren().addAll(text, parameters(outcome.lesson()), message, figures);
        refreshFigures(outcome);
        if (training != null && outcome.lesson() instanceof PlainVsResidual) {
            page.getChildren().add(new PlainResidualView(training,
                    () -> (PlainVsResidual) vm.outcomeProperty().get().lesson()));
        }
    }

    private FlowPane parameters(Lesson lesson) {
        FlowPane row = new FlowPane(18, 8);
        row.setId("lesson-parameters");
        for (LessonParameter p : lesson.parameters()) {
            IntSpinner spinner = new IntSpinner(p.min(), p.max(), p.value(), value -> vm.set(p.name(), value),
                    bad -> { });
            spinner.setId("lesson-" + p.name());
            spinner.setPrefWidth(110);
            ((javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory) spinner.getValueFactory())
                    .setAmountToStepBy(p.step());
            Label label = new Label(p.label());
            label.setLabelFor(spinner);
            row.getChildren().add(new HBox(6, label, spinner));
        }
        if (!lesson.parameters().isEmpty()) {
            Button reset = new Button(Messages.text("lessons.defaults"));
            reset.setOnAction(e -> {
                vm.reset();
                rebuild();
            });
            row.getChildren().add(reset);
        }
        return row;
    }

    private void refreshFigures(Lesson.Outcome outcome) {
        TextTable<NetworkReport> comparison = new TextTable<>(List.of(
                new TextTable.Column<>(Messages.text("cli.lesson.network"), r -> r.spec().name()),
                new TextTable.Column<>(Messages.text("cli.lesson.input"), r -> r.spec().input().toString()),
                new TextTable.Column<>(Messages.text("cli.lesson.output"), r -> r.isValid() ? r.output().toString()
                        : Messages.text("cli.lesson.cannotRun")),
                new TextTable.Column<>(Messages.text("cli.lesson.params"), r -> Numbers.grouped(r.totals().params())),
                new TextTable.Column<>("MACs", r -> Numbers.grouped(r.totals().macs())),
                new TextTable.Column<>(Messages.text("lessons.receptiveField"), r -> last(r).receptiveField() == null
                        ? "" : last(r).receptiveField().sizeText()),
                new TextTable.Column<>(Messages.text("cli.lesson.layers"), r -> String.valueOf(r.totals().layers()))),
                outcome.reports());
        comparison.setId("lesson-comparison");
        comparison.setPrefHeight(rowsHeight(outcome.reports().size()));
        VBox points = new VBox(8);
        points.setId("lesson-points");
        for (String point : outcome.points()) {
            Label label = new Label("\u2022 " + point);
            label.setWrapText(true);
            label.getStyleClass().add("lesson-point");
            points.getChildren().add(label);
        }
        figures.getChildren().setAll(comparison, points);
        for (NetworkReport report : outcome.reports()) {
            TextTable<LayerReport> layers = new TextTable<>(List.of(
                    new TextTable.Column<>(Messages.text("lessons.layer"), LayerReport::name),
                    new TextTable.Column<>(Messages.text("lessons.type"), LayerReport::type),
                    new TextTable.Column<>(Messages.text("cli.lesson.output"), l -> l.isValid() ? l.output().toString()
                            : "-"),
                    new TextTable.Column<>(Messages.text("cli.lesson.params"), l -> Numbers.grouped(l.params())),
                    new TextTable.Column<>("MACs", l -> Numbers.grouped(l.macs())),
                    new TextTable.Column<>(Messages.text("lessons.receptiveField"), l -> l.receptiveField() == null
                            ? "" : l.receptiveField().sizeText())), report.layers());
            layers.setPrefHeight(rowsHeight(Math.min(12, report.layers().size())));
            figures.getChildren().addAll(bold(report.spec().name()), layers);
        }
    }

    private static LayerReport last(NetworkReport report) {
        return report.layers().get(report.layers().size() - 1);
    }

    /** Room for a header and {@code rows} rows at the current font size. */
    private double rowsHeight(int rows) {
        double em = message.getFont().getSize();
        return (rows + 1.6) * em * 2.2;
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("lesson-network-title");
        return label;
    }
}
