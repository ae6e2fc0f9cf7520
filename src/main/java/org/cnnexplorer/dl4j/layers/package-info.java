/**
 * The layers, vertices and activations DL4J 1.0.0-M2.1 lacks or gets wrong, each a public
 * configuration class (DL4J writes its name into a saved model) and a package-private running
 * class: convolutions run once per group ({@link org.cnnexplorer.dl4j.layers.PerGroupConvolutionLayer}:
 * grouped and transposed), DL4J's convolutions with faster backward and single-image passes
 * ({@link org.cnnexplorer.dl4j.layers.TunedConvolutionLayer},
 * {@link org.cnnexplorer.dl4j.layers.TunedDepthwiseConvolutionLayer}), batch normalisation and
 * pooling with Java routes that compete with DL4J's on the machine
 * ({@link org.cnnexplorer.dl4j.layers.TunedBatchNormalizationLayer},
 * {@link org.cnnexplorer.dl4j.layers.TunedPoolingLayer}), the vertices without
 * parameters ({@link org.cnnexplorer.dl4j.layers.ParameterFreeVertexConfig}: multiply, channel
 * shuffle, interpolation) and a channel subset with the right output type, and PyTorch's hard
 * sigmoid, hard swish and a oneDNN tanh.
 */
package org.cnnexplorer.dl4j.layers;
