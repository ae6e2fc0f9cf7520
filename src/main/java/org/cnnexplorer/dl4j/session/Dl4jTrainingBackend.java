package org.cnnexplorer.dl4j.session;

import java.nio.file.Path;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.dl4j.graph.Dl4jGraphFactory;
import org.cnnexplorer.dl4j.graph.Dl4jWeights;
import org.cnnexplorer.dl4j.graph.GraphOptions;
import org.cnnexplorer.dl4j.speed.Dl4jRuntime;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.model.ModelFileException;
import org.cnnexplorer.io.run.RunFiles;
import org.cnnexplorer.training.FirstLayerFilters;
import org.cnnexplorer.training.NetworkWeights;
import org.cnnexplorer.training.TrainedNetwork;
import org.cnnexplorer.training.TrainingBackend;
import org.cnnexplorer.training.TrainingHistory;
import org.cnnexplorer.training.TrainingRun;
import org.cnnexplorer.training.TrainingSession;
import org.cnnexplorer.training.TrainingSettings;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The DL4J training backend, found through {@code META-INF/services}. */
public final class Dl4jTrainingBackend implements TrainingBackend {

    @Override
    public String description() {
        return Dl4jRuntime.get().description();
    }

    @Override
    public TrainingSession create(NetworkSpec spec, TrainingSettings settings) {
        Dl4jRuntime.get();
        return new Dl4jTrainingSession(spec, settings, new TrainingHistory(), setup -> setup.fresh(spec));
    }

    @Override
    public TrainingSession create(NetworkSpec spec, TrainingSettings settings, NetworkWeights initial) {
        Dl4jRuntime.get();
        return new Dl4jTrainingSession(spec, settings, new TrainingHistory(), setup -> setup.fresh(spec, initial));
    }

    /** Without a resize of its own, a continued run resizes its images as the saved run did. */
    @Override
    public TrainingSession resume(Path checkpoint, TrainingSettings settings) {
        Dl4jRuntime.get();
        TrainingRun saved;
        FirstLayerFilters filters;
        try {
            saved = RunFiles.read(checkpoint);
            filters = RunFiles.readFilters(checkpoint).orElse(null);
        } catch (ModelFileException e) {
            return failing(e.getMessage(), settings);
        }
        TrainingHistory history = new TrainingHistory();
        saved.losses().forEach(history::addLoss);
        saved.epochs().forEach(history::addEpoch);
        TrainingSettings continued = settings.resize().resizes() ? settings
                : settings.withResize(saved.settings().resize());
        return new Dl4jTrainingSession(saved.spec(), continued, history, saved.dataFolder(),
                setup -> setup.resumed(saved, readModel(checkpoint), checkpoint)).continuingFilters(filters);
    }

    @Override
    public TrainedNetwork trained(Path run) {
        Dl4jRuntime.get();
        try {
            TrainingRun saved = RunFiles.read(run);
            ComputationGraph graph = SavedModels.restore(RunFiles.readModel(run), false);
            return new TrainedNetwork(saved, Dl4jWeights.read(graph, NetworkAnalyzer.analyze(saved.spec())));
        } catch (ModelFileException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (java.io.IOException | RuntimeException e) {
            throw new IllegalArgumentException(Messages.text("dl4j.run.weights", run, e.getMessage()), e);
        }
    }

    @Override
    public int[] predict(NetworkSpec network, NetworkWeights weights, float[] images, int count) {
        Dl4jRuntime.get();
        NetworkReport report = NetworkAnalyzer.analyze(network);
        ComputationGraph graph = new ComputationGraph(Dl4jGraphFactory.configure(report,
                new GraphOptions(Optimizer.SGD, 0.01, 1)));
        graph.init();
        Dl4jWeights.write(graph, report, weights);
        Shape in = report.settings().input();
        INDArray features = Nd4j.createFromArray(images)
                .reshape('c', new long[] {count, in.channels(), in.height(), in.width()});
        INDArray scores = graph.outputSingle(false, features);
        int[] classes = new int[count];
        for (int i = 0; i < count; i++) {
            classes[i] = scores.getRow(i).argMax().getInt(0);
        }
        return classes;
    }

    private static byte[] readModel(Path checkpoint) throws TrainingFailure {
        try {
            return RunFiles.readModel(checkpoint);
        } catch (ModelFileException e) {
            throw new TrainingFailure(e.getMessage());
        }
    }

    /** A session that reports {@code message} as soon as it starts. */
    private static TrainingSession failing(String message, TrainingSettings settings) {
        NetworkSpec placeholder = null;
        return new Dl4jTrainingSession(placeholder, settings, new TrainingHistory(), setup -> {
            throw new TrainingFailure(message);
        });
    }
}
