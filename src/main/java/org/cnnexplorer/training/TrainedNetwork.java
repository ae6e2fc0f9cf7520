package org.cnnexplorer.training;

/** A saved run's network as it was trained (the data set's input and classes) and its learned values. */
public record TrainedNetwork(TrainingRun run, NetworkWeights weights) {
}
