/**
 * ONNX model files: the graph of an {@code .onnx} file read into a core network spec through the
 * ONNX protobuf classes that nd4j-api ships. Found by {@code io.model.ModelSources} through
 * {@link java.util.ServiceLoader}, so io itself does not depend on protobuf.
 */
package org.cnnexplorer.onnx;
