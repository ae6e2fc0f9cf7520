package org.cnnexplorer.training;

import java.nio.file.Path;
import java.util.ServiceLoader;
import org.cnnexplorer.core.NetworkSpec;

/**
 * Something that can train networks: the DL4J backend in {@code org.cnnexplorer.dl4j}. Callers
 * find it with {@link #discover()}, so that the explorer loads no backend classes until training
 * is requested.
 *
 * <p>Creating a session never throws for user input: a network the backend cannot express, a
 * missing data file or too little memory arrive as a {@link TrainingEvent.Failed} event after
 * {@link TrainingSession#start()}, with a message naming what is wrong.
 */
public interface TrainingBackend {

    /** A short description for the GUI and logs, e.g. {@code DL4J 1.0.0-M2.1 (CPU, oneDNN)}. */
    String description();

    /** A new session training {@code spec} from scratch (adapted to the data set's input and classes). */
    TrainingSession create(NetworkSpec spec, TrainingSettings settings);

    /**
     * A new session training {@code spec} starting from {@code initial} (the learned values of an
     * imported file) instead of random weights; values that do not fit the adapted network end the
     * run with a message naming the layer.
     */
    default TrainingSession create(NetworkSpec spec, TrainingSettings settings, NetworkWeights initial) {
        if (initial == null) {
            return create(spec, settings);
        }
        throw new UnsupportedOperationException(description() + " cannot start from given weights");
    }

    /** A new session that continues training the network and weights saved in {@code checkpoint}. */
    TrainingSession resume(Path checkpoint, TrainingSettings settings);

    /**
     * The network and learned values of a saved run, for export; a file that cannot be read is an
     * {@link IllegalArgumentException} whose message names it.
     */
    default TrainedNetwork trained(Path run) {
        throw new UnsupportedOperationException(description() + " cannot read trained weights");
    }

    /**
     * The predicted class of each image, running {@code network} (analysed at its own input) with
     * {@code weights}; {@code images} holds {@code count} images of C x H x W values each, already
     * normalised as the network was trained.
     */
    default int[] predict(NetworkSpec network, NetworkWeights weights, float[] images, int count) {
        throw new UnsupportedOperationException(description() + " cannot run a network");
    }

    /** The first backend on the class path. */
    static TrainingBackend discover() {
        return ServiceLoader.load(TrainingBackend.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no training backend on the class path"));
    }
}
