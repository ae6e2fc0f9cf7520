/**
 * The runtime set-up that puts DL4J on its fast path, shared by every room that runs a graph:
 * {@link org.cnnexplorer.dl4j.speed.Dl4jRuntime} (oneDNN, the compatibility class
 * {@code org.nd4j.nativeblas.Nd4jCpu}, native memory tuning, the threads of
 * {@link org.cnnexplorer.dl4j.speed.ThreadPolicy}, the in-place gradient updater), and
 * {@link org.cnnexplorer.dl4j.speed.InferenceBenchmark} for {@code cnnx bench-infer}.
 */
package org.cnnexplorer.dl4j.speed;
