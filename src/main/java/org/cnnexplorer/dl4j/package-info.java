/**
 * The DL4J training backend: analysed core networks translated into DL4J
 * {@code ComputationGraph}s (one vertex per core layer, activations folded into the layer before
 * them), training sessions on a background thread with pause, resume, stop and checkpoints, and
 * the runtime set-up that puts DL4J on its oneDNN fast path ({@link org.cnnexplorer.dl4j.Dl4jRuntime},
 * the compatibility class {@code org.nd4j.nativeblas.Nd4jCpu}, {@link org.cnnexplorer.dl4j.OneDnnTanh}).
 * Found by the rest of the application through {@code TrainingBackend.discover()}, so that
 * nothing loads ND4J before training starts.
 */
package org.cnnexplorer.dl4j;
