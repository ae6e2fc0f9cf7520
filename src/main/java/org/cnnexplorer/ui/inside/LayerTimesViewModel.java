package org.cnnexplorer.ui.inside;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.inside.Inspection;
import org.cnnexplorer.inside.InspectionEngine;
import org.cnnexplorer.inside.InspectionRequest;
import org.cnnexplorer.inside.LayerActivation;
import org.cnnexplorer.ui.common.Background;

/**
 * Measured time per layer, on request: {@link #timeLayers} runs the inspected image again on a
 * background thread, timing every layer alone ({@value #RUNS} runs after a warm-up, the median), and
 * lists each layer's MACs beside its time and achieved GFLOP/s, so that a student sees that FLOPs are
 * not speed. A new image or network clears the list and cancels a measurement still running, as does
 * {@link #cancel}.
 */
public final class LayerTimesViewModel {

    /** Timed runs per layer. */
    static final int RUNS = 7;

    /** One row of the table: a layer, its block, its MACs and its measured time and speed. */
    public record LayerTime(String layer, String block, long macs, double millis, double gflops) {
    }

    private final Supplier<InspectionRequest> request;
    private final ObservableList<LayerTime> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final AtomicLong generation = new AtomicLong();

    /** {@code request}: the request of the current inspection. */
    public LayerTimesViewModel(ReadOnlyObjectProperty<Inspection> inspection, Supplier<InspectionRequest> request) {
        this.request = request;
        inspection.addListener((obs, old, now) -> {
            cancel();
            rows.clear();
            status.set("");
        });
    }

    /** Times every layer of the inspected image in the background. */
    public void timeLayers() {
        InspectionRequest base = request.get();
        if (base == null) {
            return;
        }
        long ticket = generation.incrementAndGet();
        InspectionRequest timed = new InspectionRequest(base.report(), base.weights(), base.image(),
                base.classNames(), RUNS, () -> base.cancelled().getAsBoolean() || ticket != generation.get());
        running.set(true);
        status.set(Messages.text("inside.times.running", base.report().layers().size(), RUNS));
        Background.workers().execute(() -> {
            try {
                Inspection result = InspectionEngine.discover().inspect(timed);
                List<LayerTime> measured = rows(result);
                Platform.runLater(() -> finish(ticket, measured, Messages.text("inside.times.done",
                        String.format(java.util.Locale.ROOT, "%.2f", result.forwardMillis()), RUNS)));
            } catch (CancellationException stale) {
                Platform.runLater(() -> finish(ticket, null, Messages.text("inside.times.cancelled")));
            } catch (RuntimeException | LinkageError e) {
                Platform.runLater(() -> finish(ticket, null, Messages.text("inside.times.failed", e.getMessage())));
            }
        });
    }

    /** Stops a measurement still running. */
    public void cancel() {
        if (running.get()) {
            generation.incrementAndGet();
            running.set(false);
            status.set(Messages.text("inside.times.cancelled"));
        }
    }

    private void finish(long ticket, List<LayerTime> measured, String message) {
        if (ticket != generation.get()) {
            return;
        }
        running.set(false);
        status.set(message);
        if (measured != null) {
            rows.setAll(measured);
        }
    }

    /** The layers that take time (not the input, not aliases such as a flatten of a flat vector). */
    static List<LayerTime> rows(Inspection inspection) {
        List<LayerTime> rows = new ArrayList<>();
        for (LayerActivation layer : inspection.layers()) {
            LayerReport report = inspection.report().layer(layer.name()).orElseThrow();
            if (!Double.isNaN(layer.millis())) {
                rows.add(new LayerTime(layer.name(), String.join("/", report.blockPath()), report.macs(),
                        layer.millis(), layer.gflops()));
            }
        }
        return rows;
    }

    public ObservableList<LayerTime> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
