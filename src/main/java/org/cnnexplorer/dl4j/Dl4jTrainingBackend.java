package org.cnnexplorer.dl4j;

import java.nio.file.Path;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.io.ModelFileException;
import org.cnnexplorer.io.RunFiles;
import org.cnnexplorer.training.TrainingBackend;
import org.cnnexplorer.training.TrainingHistory;
import org.cnnexplorer.training.TrainingRun;
import org.cnnexplorer.training.TrainingSession;
import org.cnnexplorer.training.TrainingSettings;

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
    public TrainingSession resume(Path checkpoint, TrainingSettings settings) {
        Dl4jRuntime.get();
        TrainingRun saved;
        try {
            saved = RunFiles.read(checkpoint);
        } catch (ModelFileException e) {
            return failing(e.getMessage(), settings);
        }
        TrainingHistory history = new TrainingHistory();
        saved.losses().forEach(history::addLoss);
        saved.epochs().forEach(history::addEpoch);
        return new Dl4jTrainingSession(saved.spec(), settings, history, saved.dataFolder(),
                setup -> setup.resumed(saved, readModel(checkpoint), checkpoint));
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
