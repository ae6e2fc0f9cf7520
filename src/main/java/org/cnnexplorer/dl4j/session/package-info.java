/**
 * Training runs: {@link org.cnnexplorer.dl4j.session.Dl4jTrainingBackend} (the
 * {@code TrainingBackend} service) starts a {@code Dl4jTrainingSession} on its own thread;
 * {@code TrainingSetup} adapts, analyses, translates and checks the network and loads the images,
 * {@code TrainingLoop} trains batch by batch with pause, stop and divergence checks and evaluates
 * each epoch, and checkpoints go through {@code io.RunFiles}. A saved model is restored through
 * {@code SavedModels}, which also reads runs saved before the DL4J package was split into rooms.
 * {@link org.cnnexplorer.dl4j.session.TrainingBenchmark} times training steps for {@code cnnx bench-train}.
 */
package org.cnnexplorer.dl4j.session;
