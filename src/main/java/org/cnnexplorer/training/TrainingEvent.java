package org.cnnexplorer.training;

import java.util.List;

/** What a running session reports to its listeners, on the training thread. */
public sealed interface TrainingEvent {

    /** Data loaded, network built; training is about to begin. */
    record Started(int trainSize, int testSize, int iterationsPerEpoch, int epochs, long parameters,
                   String backend) implements TrainingEvent {
    }

    /**
     * One optimisation step done, with the learning rate it used (which a schedule changes from
     * step to step). {@code etaSeconds} is negative when not yet known.
     */
    record Iteration(int epoch, int iteration, int totalIterations, double loss, double smoothedLoss,
                     double learningRate, double imagesPerSecond, double elapsedSeconds, double etaSeconds)
            implements TrainingEvent {
    }

    /** An epoch ended and was evaluated. Accuracies are in [0, 1]; NaN when not measured. */
    record Epoch(int epoch, double trainAccuracy, double testAccuracy, double testLoss) implements TrainingEvent {
    }

    /** The session paused, resumed or is stopping. */
    record StateChanged(TrainingState state) implements TrainingEvent {
    }

    /** The run ended normally or by a stop request; the result holds the final evaluation. */
    record Finished(TrainingResult result, boolean stoppedEarly) implements TrainingEvent {
    }

    /** The run could not go on: {@code message} says what is wrong, in the user's words. */
    record Failed(String message) implements TrainingEvent {
    }

    /** A warning that does not stop the run, e.g. a memory estimate close to the limit. */
    record Warning(String message) implements TrainingEvent {
    }

    /**
     * The L2 norm {@code sqrt(sum of g^2)} of each weight layer's weight gradient at one of the
     * first steps (see {@link TrainingSession#recordGradientNorms(int)}): the gradient of the
     * mini-batch's mean loss, before the optimiser uses it, layers in network order (input side
     * first). Biases are left out.
     */
    record GradientNorms(int iteration, List<LayerNorm> layers) implements TrainingEvent {
        public GradientNorms {
            layers = List.copyOf(layers);
        }
    }

    /** One weight layer's gradient norm. */
    record LayerNorm(String layer, double norm) {
    }

    /** Several iterations at once, for listeners that batch updates. */
    record Iterations(List<Iteration> iterations) implements TrainingEvent {
    }
}
