/**
 * Core network to DL4J graph: {@link org.cnnexplorer.dl4j.graph.Dl4jGraphFactory} places one DL4J
 * vertex per core layer (single-input layers through {@code LayerMapper}, {@code PoolMapper} and
 * {@code GeometryMapper}, merges as vertices), {@code ActivationFusion} folds an activation into the
 * layer before it, {@link org.cnnexplorer.dl4j.graph.GraphOptions} and {@code GlobalConfig} set the
 * optimizer and seed, and {@link org.cnnexplorer.dl4j.graph.Dl4jWeights} moves learned values
 * between such a graph and PyTorch's layouts. A kind DL4J cannot run is an
 * {@link org.cnnexplorer.dl4j.graph.UnsupportedLayerException} saying why.
 */
package org.cnnexplorer.dl4j.graph;
