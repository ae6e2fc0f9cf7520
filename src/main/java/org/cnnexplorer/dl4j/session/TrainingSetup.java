package org.cnnexplorer.dl4j.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.DType;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.data.DataDirectories;
import org.cnnexplorer.data.DataException;
import org.cnnexplorer.data.DatasetId;
import org.cnnexplorer.data.Datasets;
import org.cnnexplorer.data.ImageSet;
import org.cnnexplorer.data.Normalization;
import org.cnnexplorer.data.Split;
import org.cnnexplorer.dl4j.graph.Dl4jGraphFactory;
import org.cnnexplorer.dl4j.graph.Dl4jWeights;
import org.cnnexplorer.dl4j.graph.GraphOptions;
import org.cnnexplorer.dl4j.graph.UnsupportedLayerException;
import org.cnnexplorer.dl4j.speed.Dl4jRuntime;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.training.DatasetAdaptation;
import org.cnnexplorer.training.NetworkWeights;
import org.cnnexplorer.training.TrainingRun;
import org.cnnexplorer.training.TrainingSettings;
import org.deeplearning4j.nn.graph.ComputationGraph;

/**
 * Sets a run up before the first iteration: loads the data, adapts the network to the data set's
 * input and classes, checks that it can run and fits in memory, and builds (or restores) the
 * DL4J graph. Every problem becomes a {@link TrainingFailure} with a message for users.
 */
final class TrainingSetup {

    /** Images used to measure training accuracy after each epoch. */
    static final int TRAIN_SAMPLE = 5_000;

    private final TrainingSettings settings;
    private final Consumer<String> warnings;
    private volatile Path dataFolder;

    TrainingSetup(TrainingSettings settings, Consumer<String> warnings) {
        this.settings = settings;
        this.warnings = warnings;
    }

    static DatasetId dataset(TrainingSettings settings) throws TrainingFailure {
        try {
            return DatasetId.parse(settings.dataset());
        } catch (IllegalArgumentException e) {
            throw new TrainingFailure(e.getMessage());
        }
    }

    PreparedRun fresh(NetworkSpec spec) throws TrainingFailure {
        return fresh(spec, null);
    }

    /** A new run; {@code initial} (may be null: random) gives the weights to start from, e.g. an ONNX file's. */
    PreparedRun fresh(NetworkSpec spec, NetworkWeights initial) throws TrainingFailure {
        DatasetId dataset = dataset(settings);
        Optional<String> analysisOnly = DatasetAdaptation.analysisOnly(spec);
        if (analysisOnly.isPresent()) {
            throw new TrainingFailure(analysisOnly.get());
        }
        NetworkReport report = analyze(DatasetAdaptation.adapt(spec, dataset, settings.resize()), dataset);
        org.deeplearning4j.nn.conf.ComputationGraphConfiguration configuration = configure(report);
        checkMemory(report);
        Data data = loadData(dataset, report.settings().input());
        ComputationGraph graph = new ComputationGraph(configuration);
        graph.init();
        if (initial != null) {
            startFrom(graph, report, initial, dataset);
        }
        prepare(graph, report, data);
        return data.with(graph, report, dataset, 1, 1);
    }

    /** Continues {@code run} from its weights ({@code model}, read from {@code checkpoint}, named in errors). */
    PreparedRun resumed(TrainingRun run, byte[] model, Path checkpoint) throws TrainingFailure {
        DatasetId dataset = dataset(settings);
        NetworkSpec adapted = DatasetAdaptation.adapt(run.spec(), dataset, settings.resize());
        if (!adapted.equals(run.spec())) {
            throw new TrainingFailure(Messages.text("dl4j.resume.otherData", run.settings().dataset(),
                    run.spec().input(), run.spec().classes(), dataset.displayName(),
                    resizeHint(run.spec().input(), adapted.input())));
        }
        warnIfAnotherDataset(run.settings().dataset(), dataset);
        NetworkReport report = analyze(run.spec(), dataset);
        checkMemory(report);
        Data data = loadData(dataset, report.settings().input());
        ComputationGraph graph;
        try {
            graph = SavedModels.restore(model, true);
        } catch (IOException | RuntimeException e) {
            throw new TrainingFailure(Messages.text("dl4j.resume.weights", checkpoint, e.getMessage()));
        }
        graph.getConfiguration().setEpochCount(run.epochs().size());
        prepare(graph, report, data);
        int lastIteration = run.losses().isEmpty() ? 0 : run.losses().get(run.losses().size() - 1).iteration();
        int lastEpoch = run.epochs().isEmpty() ? 0 : run.epochs().get(run.epochs().size() - 1).epoch();
        return data.with(graph, report, dataset, lastEpoch + 1, lastIteration + 1);
    }

    /** How to resize the images as the run was trained, when only their size differs. */
    private static String resizeHint(Shape trained, Shape offered) {
        boolean sizeOnly = trained.channels() == offered.channels()
                && (trained.height() != offered.height() || trained.width() != offered.width());
        String size = trained.height() + "x" + trained.width();
        return sizeOnly ? Messages.text("dl4j.resume.resizeHint", size) : "";
    }

    /** Images of the same shape and class count let a run go on; it deserves a word all the same. */
    private void warnIfAnotherDataset(String trainedOn, DatasetId dataset) {
        String trained = displayName(trainedOn);
        if (!trained.equals(dataset.displayName())) {
            warnings.accept(Messages.text("dl4j.resume.sameSize", trained, dataset.displayName()));
        }
    }

    private static String displayName(String dataset) {
        try {
            return DatasetId.parse(dataset).displayName();
        } catch (IllegalArgumentException unknown) {
            return dataset;
        }
    }

    /** The data set folder the training images were read from (absolute), once the data is loaded. */
    Path dataFolder() {
        return dataFolder;
    }

    private static void startFrom(ComputationGraph graph, NetworkReport report, NetworkWeights initial,
                                  DatasetId dataset) throws TrainingFailure {
        try {
            Dl4jWeights.write(graph, report, initial);
        } catch (IllegalArgumentException e) {
            throw new TrainingFailure(Messages.text("dl4j.weights.misfit", report.spec().id(), dataset.displayName(),
                    report.settings().input(), report.settings().classes(), e.getMessage()));
        }
    }

    private void prepare(ComputationGraph graph, NetworkReport report, Data data) {
        LearningRates.apply(graph, settings, data.train().batchCount(settings.batchSize()));
        Dl4jRuntime.get().prepareForTraining(graph, report);
    }

    private NetworkReport analyze(NetworkSpec spec, DatasetId dataset) throws TrainingFailure {
        AnalysisSettings analysis = new AnalysisSettings(spec.input(), spec.classes(), settings.batchSize(),
                DType.FLOAT32, settings.optimizer());
        NetworkReport report = NetworkAnalyzer.analyze(spec, analysis);
        if (!report.isValid()) {
            throw new TrainingFailure(DatasetAdaptation.cannotTrain(report, dataset));
        }
        return report;
    }

    private org.deeplearning4j.nn.conf.ComputationGraphConfiguration configure(NetworkReport report)
            throws TrainingFailure {
        try {
            return Dl4jGraphFactory.configure(report,
                    new GraphOptions(settings.optimizer(), settings.learningRate(), settings.seed()));
        } catch (UnsupportedLayerException e) {
            throw new TrainingFailure(e.getMessage());
        }
    }

    private void checkMemory(NetworkReport report) throws TrainingFailure {
        MemoryCheck.Verdict verdict = MemoryCheck.check(report);
        if (verdict.refusal() != null) {
            throw new TrainingFailure(verdict.refusal());
        }
        if (verdict.warning() != null) {
            warnings.accept(verdict.warning());
        }
    }

    /** The three image sets of a run, normalised alike. */
    private record Data(ImageBatches train, ImageBatches test, ImageBatches trainSample) {
        PreparedRun with(ComputationGraph graph, NetworkReport report, DatasetId dataset, int epoch, int iteration) {
            return new PreparedRun(graph, report, dataset, train, test, trainSample, epoch, iteration);
        }
    }

    /** The images of the run, resized to the network's {@code input} as they are made into batches. */
    private Data loadData(DatasetId dataset, Shape input) throws TrainingFailure {
        DataDirectories directories = DataDirectories.standard(settings.dataDir());
        dataFolder = Datasets.locate(dataset, Split.TRAIN, directories).orElse(null);
        ImageSet train = load(dataset, Split.TRAIN, directories).subset(settings.trainLimit(), settings.seed());
        ImageSet test = load(dataset, Split.TEST, directories).subset(settings.testLimit(), settings.seed());
        ImageSet sample = train.subset(Math.min(TRAIN_SAMPLE, train.count()), settings.seed() + 1);
        Normalization normalization = Normalization.standard(dataset);
        int h = input.height();
        int w = input.width();
        return new Data(new ImageBatches(train, normalization, dataset.classes(), h, w),
                new ImageBatches(test, normalization, dataset.classes(), h, w),
                new ImageBatches(sample, normalization, dataset.classes(), h, w));
    }

    private static ImageSet load(DatasetId dataset, Split split, DataDirectories directories)
            throws TrainingFailure {
        try {
            return Datasets.load(dataset, split, directories);
        } catch (DataException e) {
            throw new TrainingFailure(e.getMessage());
        }
    }
}
