package org.cnnexplorer.dl4j.session;

import org.cnnexplorer.dl4j.speed.Dl4jRuntime;
import org.cnnexplorer.training.TrainingSettings;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.NetworkUtils;

/**
 * Gives a graph the learning rate of the settings for the run about to start: fixed, or a cosine
 * decay over the run's steps counted from the graph's current iteration. A continued checkpoint
 * gets the new settings' rate, not the one it was saved with. Must run before
 * {@link Dl4jRuntime#prepareForTraining}, as DL4J rebuilds the updater here (keeping its state).
 */
final class LearningRates {

    private LearningRates() {
    }

    static void apply(ComputationGraph graph, TrainingSettings settings, int stepsPerEpoch) {
        switch (settings.schedule()) {
            case CONSTANT -> NetworkUtils.setLearningRate(graph, settings.learningRate());
            case COSINE -> NetworkUtils.setLearningRate(graph, new CosineDecaySchedule(settings.learningRate(),
                    graph.getConfiguration().getIterationCount(), settings.epochs() * stepsPerEpoch));
        }
    }
}
