/**
 * The DL4J training backend, in five rooms: {@code graph} translates analysed core networks into
 * DL4J {@code ComputationGraph}s (one vertex per core layer, activations folded into the layer
 * before them) and moves weights between them and PyTorch's layouts; {@code layers} holds the
 * layers, vertices and activations DL4J lacks or gets wrong; {@code session} trains on a background
 * thread with pause, resume, stop and checkpoints; {@code speed} is the runtime set-up that puts
 * DL4J on its oneDNN fast path (threads, native memory, the in-place updater) and the inference
 * benchmark; {@code inspect} is the Inside view's engine. Found by the rest of the application
 * through {@code TrainingBackend.discover()} and {@code InspectionEngine.discover()}, so that
 * nothing loads ND4J before training or inspection starts.
 */
package org.cnnexplorer.dl4j;
