package org.cnnexplorer.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.Metric;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.io.model.ModelFileException;
import org.cnnexplorer.ui.common.LogScale;

/**
 * The comparison: the compared networks (columns), their analyses, one row per metric, and the
 * metric the bar chart shows, on a log scale when its values spread over
 * {@link LogScale#SPREAD_FOR_LOG} or more (the user can switch it).
 */
public final class CompareViewModel {

    /** What a comparison starts with: the five classic networks. */
    public static final List<String> DEFAULT_IDS = List.of("lenet5", "alexnet", "vgg16", "googlenet", "resnet50");

    private final Supplier<AnalysisSettings> currentSettings;
    private final ObservableList<CompareEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<CompareEntry> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyObjectWrapper<List<NetworkReport>> reports = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<CompareRow>> rows = new ReadOnlyObjectWrapper<>(List.of());
    private final ObjectProperty<Metric> chartMetric = new SimpleObjectProperty<>(Metric.PARAMS);
    private final BooleanProperty logScale = new SimpleBooleanProperty();

    /** {@code currentSettings}: the explorer's, whose batch, dtype and optimizer new columns take. */
    public CompareViewModel(Supplier<AnalysisSettings> currentSettings) {
        this.currentSettings = currentSettings;
        entries.addListener((ListChangeListener<CompareEntry>) c -> refresh());
        chartMetric.addListener((obs, old, now) -> chooseScale());
    }

    /** Adds the {@link #DEFAULT_IDS} networks if nothing is compared yet. */
    public void addDefaultsIfEmpty() {
        if (!entries.isEmpty()) {
            return;
        }
        for (String id : DEFAULT_IDS) {
            try {
                addBuiltIn(id);
            } catch (ModelFileException e) {
                throw new IllegalStateException("built-in network " + id + " is missing", e);
            }
        }
    }

    /** Adds a built-in network with its own input and classes. */
    public void addBuiltIn(String id) throws ModelFileException {
        NetworkSpec spec = ModelCatalog.load(id);
        AnalysisSettings now = currentSettings.get();
        AnalysisSettings settings = AnalysisSettings.defaultsFor(spec).withBatch(now.batch()).withDtype(now.dtype())
                .withOptimizer(now.optimizer());
        entries.add(new CompareEntry(uniqueLabel(id), spec, settings));
    }

    /** Adds a network as configured now (e.g. the explored one with its edits), under a title that tells it apart. */
    public void add(NetworkSpec spec, AnalysisSettings settings) {
        entries.add(new CompareEntry(uniqueLabel(spec.id() + " " + settings.input()), spec, settings));
    }

    /** Column titles are the chart's categories, so a second copy of a network gets "#2". */
    private String uniqueLabel(String base) {
        String label = base;
        for (int n = 2; labelTaken(label); n++) {
            label = base + " #" + n;
        }
        return label;
    }

    private boolean labelTaken(String label) {
        return entries.stream().anyMatch(e -> e.label().equals(label));
    }

    public void remove(int index) {
        if (index >= 0 && index < entries.size()) {
            entries.remove(index);
        }
    }

    /** Makes a column the first, the one ratios refer to. */
    public void makeBaseline(int index) {
        if (index > 0 && index < entries.size()) {
            List<CompareEntry> reordered = new ArrayList<>(entries);
            reordered.add(0, reordered.remove(index));
            entries.setAll(reordered);
        }
    }

    private void refresh() {
        reports.set(entries.stream().map(e -> NetworkAnalyzer.analyze(e.spec(), e.settings())).toList());
        rows.set(CompareRows.of(reports.get()));
        chooseScale();
    }

    private void chooseScale() {
        CompareRow row = row(chartMetric.get());
        logScale.set(row != null && LogScale.needsLog(row.values().stream().mapToDouble(Long::doubleValue).toArray()));
    }

    /** The comparison as CSV, each column with the input size it was analysed at. */
    public String csv() {
        return CompareExport.csv(entries, reports.get());
    }

    /** The comparison as a Markdown table, each column with the input size it was analysed at. */
    public String markdown() {
        return CompareExport.markdown(entries, reports.get());
    }

    /** The row of a metric, or null when nothing is compared. */
    public CompareRow row(Metric metric) {
        return rows.get().stream().filter(r -> r.metric() == metric).findFirst().orElse(null);
    }

    public ObservableList<CompareEntry> entries() {
        return readOnlyEntries;
    }

    public ReadOnlyObjectProperty<List<NetworkReport>> reportsProperty() {
        return reports.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<CompareRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ObjectProperty<Metric> chartMetricProperty() {
        return chartMetric;
    }

    public BooleanProperty logScaleProperty() {
        return logScale;
    }
}
