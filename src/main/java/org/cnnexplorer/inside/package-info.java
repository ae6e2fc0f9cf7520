/**
 * The Inside view's model, free of DL4J: one image through every layer of a network. An
 * {@link org.cnnexplorer.inside.InspectionEngine} (the DL4J one, found through {@code ServiceLoader})
 * runs the forward pass and returns an {@link org.cnnexplorer.inside.Inspection}: every layer's
 * activations and statistics, the top classes and the measured time per layer.
 * {@link org.cnnexplorer.inside.ValueArithmetic} recomputes one output value from its inputs and
 * weights, {@link org.cnnexplorer.inside.Evidence} makes a class-evidence heat map (Grad-CAM or
 * saliency) from the gradient the engine back-propagates, and
 * {@link org.cnnexplorer.inside.ImageInput} converts a PNG or JPEG to the network's input.
 * {@link org.cnnexplorer.inside.FilterTiles} draws a first convolution's filters as tiles (and
 * {@link org.cnnexplorer.inside.FilterPng} as a PNG); {@link org.cnnexplorer.inside.DrawnDigit} prepares
 * a digit drawn as {@link org.cnnexplorer.inside.Stroke}s the way MNIST's digits were made.
 * Uses core, data and training only (and {@code javax.imageio} to decode images).
 */
package org.cnnexplorer.inside;
