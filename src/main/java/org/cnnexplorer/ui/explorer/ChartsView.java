package org.cnnexplorer.ui.explorer;

import static org.cnnexplorer.i18n.Messages.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cnnexplorer.io.Numbers;
import org.cnnexplorer.ui.common.LogScale;
import org.cnnexplorer.ui.common.ValueAxes;
import org.cnnexplorer.ui.common.ViewportHeights;

/**
 * Per-layer charts: parameters against activation values per image (two bars per layer) and
 * MACs. A click on a bar selects its layer.
 */
public final class ChartsView extends VBox {

    /** The least height of a chart in font sizes (em), where the viewport has room for it. */
    private static final double MIN_EMS = 27;

    private final ChartsViewModel viewModel;
    private final ExplorerViewModel explorer;
    private final BarChart<String, Number> memory = chart(text("charts.memory.title"));
    private final BarChart<String, Number> macs = chart(text("charts.macs.title"));
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private boolean dirty;

    public ChartsView(ChartsViewModel viewModel, ExplorerViewModel explorer) {
        this.viewModel = viewModel;
        this.explorer = explorer;
        getStyleClass().add("charts-view");
        CheckBox log = new CheckBox(text("compare.log-scale"));
        log.setId("charts-log");
        log.selectedProperty().bindBidirectional(viewModel.logScaleProperty());
        Label hint = new Label(text("charts.hint"));
        hint.getStyleClass().add("muted");
        // the hint gives way (wraps) before the check box is cut to "L…"
        log.setMinWidth(Region.USE_PREF_SIZE);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(hint, Priority.ALWAYS);
        HBox bar = new HBox(12, log, hint);
        bar.getStyleClass().add("chart-toolbar");
        memory.setId("chart-memory");
        macs.setId("chart-macs");
        VBox.setVgrow(memory, Priority.ALWAYS);
        VBox.setVgrow(macs, Priority.ALWAYS);
        // Each chart keeps a minimum height (MIN_EMS): GoogLeNet's long layer names under the bars left plots a
        // few pixels high at 1280x800. Where both do not fit, the charts scroll, each at most a viewport high, so
        // that one chart is always seen whole with its layer names (lecture mode at 1280x800 had cut them).
        VBox charts = new VBox(memory, macs);
        charts.getStyleClass().add("charts-box");
        ScrollPane scroll = new ScrollPane(charts);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("charts-scroll");
        scroll.setId("charts-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        ViewportHeights.follow(scroll, log, MIN_EMS, memory, macs);
        getChildren().addAll(bar, scroll);
        viewModel.barsProperty().addListener((obs, old, now) -> refreshIfActive());
        viewModel.logScaleProperty().addListener((obs, old, now) -> refreshIfActive());
        active.addListener((obs, was, is) -> {
            if (is && dirty) {
                refresh();
            }
        });
        refresh();
    }

    /** While its tab is not shown the charts wait, so edits elsewhere do not rebuild hundreds of bars. */
    public BooleanProperty activeProperty() {
        return active;
    }

    private void refreshIfActive() {
        dirty = true;
        if (active.get()) {
            refresh();
        }
    }

    private static BarChart<String, Number> chart(String title) {
        CategoryAxis x = new CategoryAxis();
        x.setTickLabelRotation(-90);
        BarChart<String, Number> chart = new BarChart<>(x, new NumberAxis());
        chart.setTitle(title);
        if (chart.lookup(".chart-title") instanceof Label heading) {
            heading.setWrapText(true);
            heading.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        }
        chart.setAnimated(false);
        chart.setCategoryGap(2);
        chart.setBarGap(0);
        return chart;
    }

    private void refresh() {
        dirty = false;
        List<ChartsViewModel.LayerBar> bars = viewModel.barsProperty().get();
        boolean log = viewModel.logScaleProperty().get();
        fill(memory, bars, log, List.of(series(text("totals.params"), ChartsViewModel.LayerBar::params),
                series(text("totals.activations"), ChartsViewModel.LayerBar::activations)));
        String compute = viewModel.computeName();
        macs.setTitle(text("charts.compute.title", compute));
        fill(macs, bars, log, List.of(series(compute, ChartsViewModel.LayerBar::macs)));
    }

    private record Series(String name, ToLongFunction<ChartsViewModel.LayerBar> value) {
    }

    private static Series series(String name, ToLongFunction<ChartsViewModel.LayerBar> value) {
        return new Series(name, value);
    }

    private void fill(BarChart<String, Number> chart, List<ChartsViewModel.LayerBar> bars, boolean log,
                      List<Series> series) {
        long max = 1;
        List<XYChart.Series<String, Number>> all = new ArrayList<>();
        for (Series s : series) {
            XYChart.Series<String, Number> data = new XYChart.Series<>();
            data.setName(s.name());
            for (ChartsViewModel.LayerBar bar : bars) {
                long value = s.value().applyAsLong(bar);
                max = Math.max(max, value);
                data.getData().add(new XYChart.Data<>(bar.name(), log ? LogScale.toAxis(value) : value, bar));
            }
            all.add(data);
        }
        NumberAxis y = (NumberAxis) chart.getYAxis();
        if (log) {
            ValueAxes.log(y, max);
        } else {
            ValueAxes.linear(y);
        }
        ((CategoryAxis) chart.getXAxis()).getCategories().setAll(bars.stream().map(b -> b.name()).toList());
        chart.getData().setAll(all);
        all.forEach(s -> s.getData().forEach(d -> decorate(d, s.getName(), series)));
    }

    private void decorate(XYChart.Data<String, Number> data, String seriesName, List<Series> series) {
        ChartsViewModel.LayerBar bar = (ChartsViewModel.LayerBar) data.getExtraValue();
        long value = series.stream().filter(s -> s.name().equals(seriesName)).findFirst().orElseThrow()
                .value().applyAsLong(bar);
        if (data.getNode() != null) {
            Tooltip.install(data.getNode(), new Tooltip(bar.name() + " (" + bar.type() + ")\n" + seriesName + ": "
                    + Numbers.grouped(value)));
            data.getNode().setOnMouseClicked(e -> explorer.select(bar.name()));
        }
    }
}
