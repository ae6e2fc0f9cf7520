package org.cnnexplorer.ui.inside;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.inside.FilterScale;
import org.cnnexplorer.inside.FilterTiles;
import org.cnnexplorer.inside.Inspection;
import org.cnnexplorer.io.model.ModelFileException;
import org.cnnexplorer.io.run.RunFiles;
import org.cnnexplorer.training.FilterSnapshot;
import org.cnnexplorer.training.FirstLayerFilters;
import org.cnnexplorer.ui.common.Background;

/**
 * The first convolution's filters in the Inside tab: those of the weights the image runs with, or,
 * for a saved run that kept them, its snapshots of every epoch (chosen with {@link #epochProperty()}).
 * The run's snapshots are read on a worker thread.
 */
public final class FiltersViewModel {

    private final ObservableValue<Inspection> inspection;
    private final ObservableStringValue weightsLabel;
    private final ObjectProperty<FilterScale> scale = new SimpleObjectProperty<>(FilterScale.PER_FILTER);
    private final IntegerProperty epoch = new SimpleIntegerProperty();
    private final ReadOnlyObjectWrapper<List<Integer>> epochs = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<FilterTiles> tiles = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final AtomicLong generation = new AtomicLong();
    /** The snapshots of the run in use, or null. */
    private FirstLayerFilters snapshots;
    private boolean inRun;
    private String problem;

    public FiltersViewModel(ObservableValue<Inspection> inspection, ObservableValue<Path> runFile,
                            ObservableStringValue weightsLabel) {
        this.inspection = inspection;
        this.weightsLabel = weightsLabel;
        inspection.addListener((obs, old, now) -> update());
        runFile.addListener((obs, old, now) -> readRun(now));
        scale.addListener((obs, old, now) -> update());
        epoch.addListener((obs, old, now) -> update());
        update();
    }

    private void readRun(Path file) {
        long ticket = generation.incrementAndGet();
        snapshots = null;
        problem = null;
        inRun = file != null;
        epochs.set(List.of());
        update();
        if (file == null) {
            return;
        }
        Background.workers().execute(() -> {
            Optional<FirstLayerFilters> read;
            String error = null;
            try {
                read = RunFiles.readFilters(file);
            } catch (ModelFileException e) {
                read = Optional.empty();
                error = e.getMessage();
            }
            Optional<FirstLayerFilters> result = read;
            String message = error;
            Platform.runLater(() -> {
                if (ticket == generation.get()) {
                    snapshots = result.filter(f -> !f.snapshots().isEmpty()).orElse(null);
                    problem = message;
                    epochs.set(snapshots == null ? List.of() : snapshots.epochs());
                    if (snapshots != null) {
                        epoch.set(snapshots.last().orElseThrow().epoch());
                    }
                    update();
                }
            });
        });
    }

    private void update() {
        Optional<FilterSnapshot> kept = snapshots == null ? Optional.empty() : snapshots.at(epoch.get());
        if (kept.isPresent()) {
            show(snapshots.layer(), snapshots.geometry(), kept.get().weights());
            List<Integer> all = snapshots.epochs();
            note.set(Messages.text("inside.filters.epochNote", epoch.get(), all.get(0), all.get(all.size() - 1)));
            return;
        }
        Inspection current = inspection.getValue();
        Optional<FirstLayerFilters> first = current == null ? Optional.empty()
                : FirstLayerFilters.of(current.report());
        Optional<float[]> weights = first.flatMap(f -> current.weights().tensor(f.layer(), "weight"));
        if (first.isEmpty() || weights.isEmpty()) {
            tiles.set(null);
            title.set(Messages.text("inside.filters.heading"));
            note.set(current == null ? "" : Messages.text("inside.filters.noConvolution"));
            return;
        }
        show(first.get().layer(), first.get().geometry(), weights.get());
        note.set(problem != null ? Messages.text("inside.filters.unreadable", problem)
                : inRun ? Messages.text("inside.filters.noSnapshots")
                : Messages.text("inside.filters.current", weightsLabel.get()));
    }

    private void show(String layer, FirstLayerFilters.Geometry geometry, float[] weights) {
        tiles.set(FilterTiles.of(geometry, weights, scale.get()));
        title.set(Messages.text("inside.filters.title", layer, geometry.toString()));
    }

    public ObjectProperty<FilterScale> scaleProperty() {
        return scale;
    }

    /** The epoch whose snapshot is shown, when the run kept snapshots. */
    public IntegerProperty epochProperty() {
        return epoch;
    }

    /** The epochs the run kept; empty when the filters shown are the weights in use. */
    public ReadOnlyObjectProperty<List<Integer>> epochsProperty() {
        return epochs.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FilterTiles> tilesProperty() {
        return tiles.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Which weights the tiles show, and their scale's meaning is in {@link FilterScale#description()}. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}
