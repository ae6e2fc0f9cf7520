/**
 * The Inside view's engine ({@code InspectionEngine} service):
 * {@link org.cnnexplorer.dl4j.inspect.Dl4jInspectionEngine} runs an unfused translation of the
 * network forward vertex by vertex ({@code VertexPass}) and back from a class score
 * ({@code VertexBackward}) to give every layer's activations and gradients.
 */
package org.cnnexplorer.dl4j.inspect;
