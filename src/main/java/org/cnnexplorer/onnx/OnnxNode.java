package org.cnnexplorer.onnx;

import java.util.List;
import onnx.Onnx;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.model.ModelFileException;

/** One ONNX node being mapped, with what the mapper knows about the graph around it. */
final class OnnxNode {

    private final OnnxGraphMapper graph;
    private final Onnx.NodeProto node;
    private final String name;
    private final int index;
    private final OnnxAttributes attributes;

    OnnxNode(OnnxGraphMapper graph, Onnx.NodeProto node, String name, int index) {
        this.graph = graph;
        this.node = node;
        this.name = name;
        this.index = index;
        this.attributes = new OnnxAttributes(node);
    }

    String op() {
        return node.getOpType();
    }

    String domain() {
        return node.getDomain();
    }

    String docString() {
        return node.getDocString();
    }

    String name() {
        return name;
    }

    int index() {
        return index;
    }

    OnnxAttributes attributes() {
        return attributes;
    }

    int opset() {
        return graph.opsetVersion();
    }

    /** The tensor name of input {@code i}, or "" when absent (an optional input left out). */
    String inputTensor(int i) {
        return i < node.getInputCount() ? node.getInput(i) : "";
    }

    int inputCount() {
        return node.getInputCount();
    }

    String outputTensor() {
        return node.getOutputCount() == 0 ? "" : node.getOutput(0);
    }

    /** The spec node computing input {@code i}. */
    String source(int i) throws ModelFileException {
        if (inputTensor(i).isEmpty()) {
            throw error(Messages.text("onnx.node.inputMissing", (i + 1)));
        }
        return graph.producer(this, inputTensor(i));
    }

    /** Input {@code i} as a constant (an initializer or a Constant node's value), or null. */
    Onnx.TensorProto constant(int i) {
        return inputTensor(i).isEmpty() ? null : graph.constant(inputTensor(i));
    }

    /** The constant of that tensor name, or null. */
    Onnx.TensorProto constantNamed(String tensor) {
        return graph.constant(tensor);
    }

    /** The constant of that tensor, also from a Constant node after this one (for the nodes it fuses). */
    Onnx.TensorProto constantAhead(String tensor) {
        return graph.constantAhead(tensor);
    }

    /** Input {@code i}, which must be a constant (weights). */
    Onnx.TensorProto requireConstant(int i, String what) throws ModelFileException {
        Onnx.TensorProto tensor = constant(i);
        if (tensor == null) {
            throw error(Messages.text("onnx.node.initializer", what, inputTensor(i)));
        }
        return tensor;
    }

    int outputCount() {
        return node.getOutputCount();
    }

    String output(int i) {
        return node.getOutput(i);
    }

    /** The nodes that read the tensor, by position. */
    List<Integer> consumers(String tensor) {
        return graph.consumers(tensor);
    }

    List<Integer> consumersOfOutput() {
        return graph.consumers(outputTensor());
    }

    /** The nodes that read a tensor, by position. */
    List<Integer> consumersOf(String tensor) {
        return graph.consumers(tensor);
    }

    Onnx.NodeProto graphNode(int i) {
        return graph.node(i);
    }

    void fuse(int later) {
        graph.fuse(later);
    }

    ModelFileException error(String message) {
        return new ModelFileException(Messages.text("onnx.node.where", graph.file(), name, op(), message));
    }
}
