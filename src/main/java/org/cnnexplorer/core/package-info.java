/**
 * The pure-Java heart of CNN Explorer: network specifications (records), block expansion, shape
 * inference, the parameter, MAC, memory and receptive-field analysis, and the formula behind each
 * figure ({@link org.cnnexplorer.core.LayerExplainer}, {@link org.cnnexplorer.core.TotalsExplainer}).
 *
 * <p>This package imports {@code java.*} only; JSON files, DL4J and JavaFX are adapters around it.
 * Conventions (also in {@code docs/model-format.md}): MACs count the multiply-accumulates of
 * convolutions and dense layers, bias additions excluded; FLOPs = 2 x MACs; the operations of
 * pooling, activations, batch norm, LRN and additions are reported separately as "other ops";
 * batch-norm running statistics are buffers, not parameters (as in PyTorch). These are the
 * defaults of {@link org.cnnexplorer.core.Conventions}, which can also count bias additions in
 * FLOPs and fold batch-norm into the convolution before it.
 */
package org.cnnexplorer.core;
