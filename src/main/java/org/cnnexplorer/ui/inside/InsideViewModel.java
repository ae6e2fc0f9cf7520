package org.cnnexplorer.ui.inside;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.data.DataDirectories;
import org.cnnexplorer.data.DataException;
import org.cnnexplorer.data.DatasetId;
import org.cnnexplorer.data.Datasets;
import org.cnnexplorer.data.ImageSet;
import org.cnnexplorer.data.Normalization;
import org.cnnexplorer.data.Split;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.inside.DrawnDigit;
import org.cnnexplorer.inside.ImageInput;
import org.cnnexplorer.inside.Inspection;
import org.cnnexplorer.inside.InspectionEngine;
import org.cnnexplorer.inside.InspectionRequest;
import org.cnnexplorer.inside.WeightsLabel;
import org.cnnexplorer.io.model.ModelFileException;
import org.cnnexplorer.onnx.OnnxWeights;
import org.cnnexplorer.training.DatasetAdaptation;
import org.cnnexplorer.training.NetworkWeights;
import org.cnnexplorer.training.TrainedNetwork;
import org.cnnexplorer.training.TrainingBackend;
import org.cnnexplorer.ui.common.Background;

/**
 * The Inside tab's state: the explored network adapted to the chosen data set, its test images, the
 * chosen image and the inspection of it. Every forward pass runs on a background thread; choosing
 * another image, data set or network cancels the pass still running, whose result is dropped.
 * Untrained networks run with random weights (kept while the network stays the same); a saved run
 * ({@link #useRun}) brings its own network, data set and learned weights, until the explored network
 * or the data set changes or {@link #useRandomWeights} is chosen.
 */
public final class InsideViewModel {

    /** How many test images the grid offers. */
    static final int SAMPLES = 24;

    private final ObservableValue<NetworkSpec> network;
    private final DataDirectories directories;
    private final ObjectProperty<DatasetId> dataset = new SimpleObjectProperty<>(DatasetId.MNIST);
    private final ReadOnlyObjectWrapper<ImageSet> samples = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ImageInput> image = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Inspection> inspection = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper weights = new ReadOnlyStringWrapper(WeightsLabel.untrained());
    private final ReadOnlyObjectWrapper<Path> runFile = new ReadOnlyObjectWrapper<>();
    private final AtomicLong generation = new AtomicLong();
    private NetworkReport report;
    /** The request of the latest inspection: the class evidence and the layer times rerun it. */
    private InspectionRequest lastRequest;
    private final EvidenceViewModel evidence = new EvidenceViewModel(inspection.getReadOnlyProperty(),
            () -> lastRequest);
    private final LayerTimesViewModel times = new LayerTimesViewModel(inspection.getReadOnlyProperty(),
            () -> lastRequest);
    /** The opened run's network and weights, or null for random weights. */
    private TrainedNetwork run;
    /** Weights read from an ONNX file for the explored network, or null. */
    private NetworkWeights fileWeights;

    public InsideViewModel(ObservableValue<NetworkSpec> network, DataDirectories directories) {
        this.network = network;
        this.directories = directories;
        network.addListener((obs, old, now) -> {
            dropRun();
            refresh();
        });
        dataset.addListener((obs, old, now) -> {
            if (run != null && !now.id().equals(run.run().settings().dataset())) {
                dropRun();
            }
            if (run == null) {
                report = null;
            }
            loadSamples();
        });
    }

    /** Loads the chosen data set's test images (in the background) and inspects the first. */
    public void loadSamples() {
        DatasetId chosen = dataset.get();
        long ticket = generation.incrementAndGet();
        status.set(Messages.text("inside.v.readingImages", chosen.displayName()));
        Background.workers().execute(() -> {
            try {
                ImageSet images = Datasets.load(chosen, Split.TEST, directories);
                Platform.runLater(() -> {
                    if (ticket == generation.get()) {
                        samples.set(images);
                        choose(0);
                    }
                });
            } catch (DataException e) {
                Platform.runLater(() -> {
                    samples.set(null);
                    status.set(Messages.text("inside.v.noImages", chosen.displayName(), e.getMessage()));
                });
            }
        });
    }

    /** Inspects test image {@code index} of the loaded samples. */
    public void choose(int index) {
        ImageSet images = samples.get();
        NetworkReport current = adaptedReport();
        if (images == null || current == null || index < 0 || index >= images.count()) {
            return;
        }
        inspect(ImageInput.of(images, index, current.settings().input(), normalization()));
    }

    /** Inspects a PNG or JPEG file; an unreadable file only changes the status line. */
    public void open(Path file) {
        NetworkReport current = adaptedReport();
        if (current == null) {
            return;
        }
        try {
            inspect(ImageInput.read(file, current.settings().input(), normalization()));
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
        }
    }

    /** Inspects a digit drawn on the canvas, converted to the network's input like a test image. */
    public void useDrawing(DrawnDigit digit) {
        NetworkReport current = adaptedReport();
        if (current != null) {
            inspect(digit.input(current.settings().input(), normalization()));
        }
    }

    /**
     * Runs the saved run's network with its learned weights on its data set's images; a file that
     * cannot be read only changes the status line.
     */
    public void useRun(Path file) {
        status.set(Messages.text("inside.v.readingRun", file.getFileName()));
        Background.workers().execute(() -> {
            try {
                TrainedNetwork trained = TrainingBackend.discover().trained(file);
                DatasetId runDataset = DatasetId.parse(trained.run().settings().dataset());
                NetworkReport analysed = NetworkAnalyzer.analyze(trained.run().spec());
                Platform.runLater(() -> {
                    run = trained;
                    report = analysed;
                    runFile.set(file);
                    weights.set(WeightsLabel.of(trained.run()));
                    if (dataset.get() == runDataset) {
                        refresh();
                    } else {
                        dataset.set(runDataset);
                    }
                });
            } catch (RuntimeException | LinkageError e) {
                Platform.runLater(() -> status.set(Messages.text("inside.v.cannotUseRun", file.getFileName(),
                        e.getMessage())));
            }
        });
    }

    /**
     * Runs the explored network with the weights an ONNX model file holds (its initializers, by
     * layer name: the file the network was opened from, or one exported from it). Weights that do
     * not fit the network as adapted to the data set are named in the status line when it runs.
     */
    public void useOnnxWeights(Path file) {
        status.set(Messages.text("inside.v.readingWeights", file.getFileName()));
        Background.workers().execute(() -> {
            try {
                NetworkWeights read = OnnxWeights.read(file);
                Platform.runLater(() -> {
                    dropRun();
                    fileWeights = read;
                    weights.set(Messages.text("inside.v.onnxWeights", file.getFileName()));
                    refresh();
                });
            } catch (ModelFileException | RuntimeException e) {
                Platform.runLater(() -> status.set(Messages.text("inside.v.cannotUseWeights",
                        file.getFileName(), e.getMessage())));
            }
        });
    }

    /** Back to random initial weights for the explored network. */
    public void useRandomWeights() {
        dropRun();
        refresh();
    }

    private void dropRun() {
        if (run != null || fileWeights != null) {
            run = null;
            fileWeights = null;
            report = null;
            runFile.set(null);
            weights.set(WeightsLabel.untrained());
        }
    }

    private void refresh() {
        if (run == null) {
            report = null;
        }
        ImageSet images = samples.get();
        if (images != null) {
            choose(0);
        }
    }

    private NetworkReport adaptedReport() {
        if (report == null) {
            NetworkSpec spec = DatasetAdaptation.adapt(network.getValue(), dataset.get());
            NetworkReport analysed = NetworkAnalyzer.analyze(spec);
            if (!analysed.isValid()) {
                status.set(Messages.text("inside.v.cannotRunOn", spec.name(), dataset.get().displayName(),
                        analysed.problems().get(0)));
                inspection.set(null);
                return null;
            }
            report = analysed;
        }
        return report;
    }

    private Normalization normalization() {
        return Normalization.standard(dataset.get());
    }

    private void inspect(ImageInput input) {
        image.set(input);
        NetworkReport current = report;
        long ticket = generation.incrementAndGet();
        status.set(Messages.text("inside.v.running", input.description(), current.layers().size()));
        InspectionRequest request = new InspectionRequest(current, run != null ? run.weights() : fileWeights,
                input.values(), dataset.get().classNames(), 0, () -> ticket != generation.get());
        Background.workers().execute(() -> {
            try {
                Inspection result = InspectionEngine.discover().inspect(request);
                Platform.runLater(() -> {
                    if (ticket == generation.get()) {
                        lastRequest = request;
                        inspection.set(result);
                        status.set(Messages.text("inside.inspected", input.description()));
                    }
                });
            } catch (CancellationException stale) {
                // a newer image was chosen; its own pass reports
            } catch (RuntimeException | LinkageError e) {
                Platform.runLater(() -> {
                    if (ticket == generation.get()) {
                        status.set(Messages.text("inside.v.cannotRun", e.getMessage()));
                    }
                });
            }
        });
    }

    /** Where the network looks: the class-evidence heat map of the inspected image. */
    public EvidenceViewModel evidence() {
        return evidence;
    }

    /** The measured time of each layer, on request. */
    public LayerTimesViewModel times() {
        return times;
    }

    public ObjectProperty<DatasetId> datasetProperty() {
        return dataset;
    }

    public ReadOnlyObjectProperty<ImageSet> samplesProperty() {
        return samples.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImageInput> imageProperty() {
        return image.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Inspection> inspectionProperty() {
        return inspection.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The saved run whose weights are in use, or null. */
    public ReadOnlyObjectProperty<Path> runFileProperty() {
        return runFile.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty weightsProperty() {
        return weights.getReadOnlyProperty();
    }

    /** The data sets the picker offers. */
    public static List<DatasetId> datasets() {
        return List.of(DatasetId.values());
    }
}
