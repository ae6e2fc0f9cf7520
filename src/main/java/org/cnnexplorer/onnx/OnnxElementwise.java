package org.cnnexplorer.onnx;

import java.util.List;
import java.util.Map;
import onnx.Onnx;
import org.cnnexplorer.core.Activation;
import org.cnnexplorer.core.ActivationSpec;
import org.cnnexplorer.core.LeakyReluSpec;
import org.cnnexplorer.core.MultiplySpec;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.model.ModelFileException;

/**
 * The element-wise operators of the later networks: the activations ({@code HardSigmoid},
 * {@code HardSwish}, {@code LeakyRelu}, {@code Mish}), the products that spell them out at older
 * opsets ({@code x * Sigmoid(x)} is swish, {@code x * HardSigmoid(x)} hard swish,
 * {@code x * Tanh(Softplus(x))} mish), {@code Mul} of two computed tensors (squeeze-and-excitation's
 * scale) and {@code Cast} (PyTorch casts the bounds of a ReLU6's Clip).
 */
final class OnnxElementwise {

    private static final int FLOAT = 1;

    private OnnxElementwise() {
    }

    /** Sigmoid, or swish when only {@code x * Sigmoid(x)} reads it. */
    static OnnxOps.Mapped sigmoid(OnnxNode node) throws ModelFileException {
        return gate(node, Activation.SIGMOID, Activation.SWISH);
    }

    /**
     * PyTorch's hard sigmoid, {@code max(0, min(1, x / 6 + 1/2))} (ONNX's alpha 1/6, beta 0.5), or
     * hard swish when only {@code x * HardSigmoid(x)} reads it. ONNX's default alpha 0.2 (Keras's)
     * is another function and is refused.
     */
    static OnnxOps.Mapped hardSigmoid(OnnxNode node) throws ModelFileException {
        double alpha = node.attributes().number("alpha", 0.2f);
        double beta = node.attributes().number("beta", 0.5f);
        if (Math.abs(alpha - 1.0 / 6) > 1e-6 || beta != 0.5) {
            throw node.error(Messages.text("onnx.op.hardSigmoid", alpha, beta));
        }
        return gate(node, Activation.HARD_SIGMOID, Activation.HARD_SWISH);
    }

    static OnnxOps.Mapped leakyRelu(OnnxNode node) throws ModelFileException {
        return OnnxOps.layer(node, new LeakyReluSpec(node.attributes().number("alpha", 0.01f)));
    }

    /** Softplus only as the start of mish, {@code x * Tanh(Softplus(x))}. */
    static OnnxOps.Mapped softplus(OnnxNode node) throws ModelFileException {
        Integer tanh = onlyReader(node, node.outputTensor(), "Tanh");
        if (tanh != null) {
            Integer product = selfProduct(node, node.graphNode(tanh).getOutput(0));
            if (product != null) {
                node.fuse(tanh);
                return fused(node, Activation.MISH, product);
            }
        }
        throw node.error(Messages.text("onnx.op.softplus"));
    }

    /** The product of two computed tensors; the core checks their shapes (equal, or C x 1 x 1). */
    static OnnxOps.Mapped mul(OnnxNode node) throws ModelFileException {
        if (node.inputCount() != 2 || node.constant(0) != null || node.constant(1) != null) {
            throw node.error(Messages.text("onnx.op.mulConstant"));
        }
        return new OnnxOps.Layer(new MultiplySpec(), List.of(node.source(0), node.source(1)), null, Map.of());
    }

    /** A cast of a constant to float is that constant; of a computed tensor to float, the tensor. */
    static OnnxOps.Mapped cast(OnnxNode node) throws ModelFileException {
        if (node.attributes().integer("to", 0) != FLOAT) {
            throw node.error(Messages.text("onnx.op.cast"));
        }
        Onnx.TensorProto value = node.constant(0);
        if (value == null) {
            return new OnnxOps.Alias(node.source(0));
        }
        List<Double> numbers = OnnxTensors.floatValues(value);
        if (numbers.isEmpty()) {
            numbers = OnnxTensors.int64Values(value).stream().map(Long::doubleValue).toList();
        }
        Onnx.TensorProto.Builder cast = Onnx.TensorProto.newBuilder().setName(node.outputTensor())
                .setDataType(FLOAT).addAllDims(value.getDimsList());
        numbers.forEach(v -> cast.addFloatData(v.floatValue()));
        return new OnnxOps.Constant(cast.build());
    }

    /** {@code plain} of the node's input, or {@code gated} when only {@code x * f(x)} reads the result. */
    private static OnnxOps.Mapped gate(OnnxNode node, Activation plain, Activation gated)
            throws ModelFileException {
        Integer product = selfProduct(node, node.outputTensor());
        return product == null ? OnnxOps.layer(node, new ActivationSpec(plain)) : fused(node, gated, product);
    }

    private static OnnxOps.Mapped fused(OnnxNode node, Activation function, int product) throws ModelFileException {
        node.fuse(product);
        return new OnnxOps.Layer(new ActivationSpec(function), List.of(node.source(0)),
                node.graphNode(product).getOutput(0), Map.of());
    }

    /** The Mul that alone reads {@code tensor} and multiplies it by the node's own input, or null. */
    private static Integer selfProduct(OnnxNode node, String tensor) {
        Integer mul = onlyReader(node, tensor, "Mul");
        if (mul == null) {
            return null;
        }
        List<String> operands = node.graphNode(mul).getInputList();
        return operands.size() == 2 && operands.contains(node.inputTensor(0)) && !tensor.equals(node.inputTensor(0))
                ? mul : null;
    }

    /** The one node reading {@code tensor}, when it is an {@code op}; otherwise null. */
    private static Integer onlyReader(OnnxNode node, String tensor, String op) {
        List<Integer> readers = node.consumersOf(tensor);
        return readers.size() == 1 && op.equals(node.graphNode(readers.get(0)).getOpType()) ? readers.get(0) : null;
    }
}
