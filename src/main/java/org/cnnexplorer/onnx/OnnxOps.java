package org.cnnexplorer.onnx;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import onnx.Onnx;
import org.cnnexplorer.core.Activation;
import org.cnnexplorer.core.ActivationSpec;
import org.cnnexplorer.core.AdaptiveAvgPoolSpec;
import org.cnnexplorer.core.AddSpec;
import org.cnnexplorer.core.BatchNormSpec;
import org.cnnexplorer.core.ConcatSpec;
import org.cnnexplorer.core.Conv2dSpec;
import org.cnnexplorer.core.DenseSpec;
import org.cnnexplorer.core.DropoutSpec;
import org.cnnexplorer.core.ElementSpec;
import org.cnnexplorer.core.FlattenSpec;
import org.cnnexplorer.core.LrnSpec;
import org.cnnexplorer.core.Padding;
import org.cnnexplorer.core.PoolSpec;
import org.cnnexplorer.core.Size2d;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.model.ModelFileException;

/**
 * What each supported ONNX operator becomes in the core: the table of docs/model-format.md,
 * section ONNX. An operator not listed here is refused with the node's name.
 */
final class OnnxOps {

    /** The result of mapping one node. */
    sealed interface Mapped permits Layer, Layers, Alias, Constant {
    }

    /**
     * A layer of the network; {@code outputTensor} when it also computes a later, fused node's
     * output; {@code weights}: by role ({@code weight}, {@code weight^T} for an {@code in x out}
     * matrix, {@code bias}, {@code running_mean}, ...), the constants it reads, whose values must
     * add up to the core's parameters plus buffers for the layer.
     */
    record Layer(ElementSpec element, List<String> inputs, String outputTensor, Map<String, String> weights)
            implements Mapped {
    }

    /** Several layers, one per output of the node (Split), each with its {@code outputTensor}. */
    record Layers(List<Layer> layers) implements Mapped {
    }

    /** No layer: the node's output is the tensor computed by {@code source} (Identity). */
    record Alias(String source) implements Mapped {
    }

    /** No layer: a constant value, read by later nodes (Constant). */
    record Constant(Onnx.TensorProto value) implements Mapped {
    }

    /**
     * The doc string CNN Explorer writes on an AveragePool that stands for an adaptive average pool
     * (ONNX has no such operator), followed by the output size, e.g. {@code 6x6}; read back, it
     * restores the adaptive layer, which follows the input size.
     */
    static final String ADAPTIVE_HINT = "cnnx:adaptive-avgpool ";

    private interface Mapper {
        Mapped map(OnnxNode node) throws ModelFileException;
    }

    private static final Map<String, Mapper> OPS = Map.ofEntries(
            Map.entry("Conv", OnnxConvolutions::conv),
            Map.entry("ConvTranspose", OnnxGeometry::convTranspose),
            Map.entry("Resize", OnnxGeometry::resize),
            Map.entry("Upsample", OnnxGeometry::upsample),
            Map.entry("Slice", OnnxGeometry::slice),
            Map.entry("Split", OnnxGeometry::split),
            Map.entry("Gemm", OnnxOps::gemm),
            Map.entry("MatMul", OnnxOps::matMul),
            Map.entry("MaxPool", n -> pool(n, PoolSpec.Kind.MAX)),
            Map.entry("AveragePool", n -> pool(n, PoolSpec.Kind.AVG)),
            Map.entry("GlobalAveragePool", n -> layer(n, AdaptiveAvgPoolSpec.global())),
            Map.entry("Relu", n -> layer(n, new ActivationSpec(Activation.RELU))),
            Map.entry("Clip", OnnxOps::clip),
            Map.entry("Sigmoid", OnnxElementwise::sigmoid),
            Map.entry("HardSigmoid", OnnxElementwise::hardSigmoid),
            Map.entry("HardSwish", n -> layer(n, new ActivationSpec(Activation.HARD_SWISH))),
            Map.entry("LeakyRelu", OnnxElementwise::leakyRelu),
            Map.entry("Mish", n -> layer(n, new ActivationSpec(Activation.MISH))),
            Map.entry("Softplus", OnnxElementwise::softplus),
            Map.entry("Mul", OnnxElementwise::mul),
            Map.entry("Cast", OnnxElementwise::cast),
            Map.entry("Tanh", n -> layer(n, new ActivationSpec(Activation.TANH))),
            Map.entry("Softmax", n -> layer(n, new ActivationSpec(Activation.SOFTMAX))),
            Map.entry("Add", OnnxOps::add),
            Map.entry("Concat", OnnxOps::concat),
            Map.entry("Flatten", OnnxOps::flatten),
            Map.entry("Reshape", OnnxOps::reshape),
            Map.entry("BatchNormalization", n -> layer(n,
                    new BatchNormSpec(n.attributes().number("epsilon", 1e-5f)),
                    weights(n, "weight", "bias", "running_mean", "running_var"))),
            Map.entry("LRN", OnnxOps::lrn),
            Map.entry("Dropout", OnnxOps::dropout),
            Map.entry("Identity", n -> n.constant(0) != null ? new Constant(n.constant(0)) : new Alias(n.source(0))),
            Map.entry("Pad", OnnxOps::pad),
            Map.entry("Constant", OnnxOps::constant));

    private OnnxOps() {
    }

    /** The operators this reader maps, sorted. */
    static List<String> supported() {
        return List.copyOf(new TreeSet<>(OPS.keySet()));
    }

    static Mapped map(OnnxNode node) throws ModelFileException {
        if (!node.domain().isEmpty() && !"ai.onnx".equals(node.domain())) {
            throw node.error(Messages.text("onnx.op.domain", node.domain()));
        }
        Mapper mapper = OPS.get(node.op());
        if (mapper == null) {
            throw new ModelFileException(Messages.text("onnx.op.unsupported",
                    node.error("").getMessage().replaceAll(": $", ""), String.join(", ", supported())));
        }
        return mapper.map(node);
    }

    static Layer layer(OnnxNode node, ElementSpec element) throws ModelFileException {
        return layer(node, element, Map.of());
    }

    static Layer layer(OnnxNode node, ElementSpec element, Map<String, String> weights) throws ModelFileException {
        return new Layer(element, List.of(node.source(0)), null, weights);
    }

    /**
     * The constant inputs from the second on, by role: {@code roles[i]} names input {@code i + 1};
     * an optional input left out is skipped, one that is not a constant is an error.
     */
    static Map<String, String> weights(OnnxNode node, String... roles) throws ModelFileException {
        Map<String, String> byRole = new java.util.LinkedHashMap<>();
        for (int i = 0; i < roles.length; i++) {
            if (!node.inputTensor(i + 1).isEmpty()) {
                node.requireConstant(i + 1, i == 0 ? "weight" : roles[i]);
                byRole.put(roles[i], node.inputTensor(i + 1));
            }
        }
        return byRole;
    }

    private static Mapped gemm(OnnxNode node) throws ModelFileException {
        if (node.attributes().integer("transA", 0) != 0) {
            throw node.error(Messages.text("onnx.gemm.transA"));
        }
        Onnx.TensorProto weights = node.requireConstant(1, "weight");
        if (weights.getDimsCount() != 2) {
            throw node.error(Messages.text("onnx.gemm.weightDims", weights.getName(), weights.getDimsCount()));
        }
        boolean transposed = node.attributes().integer("transB", 0) != 0;
        long units = weights.getDims(transposed ? 0 : 1);
        long in = weights.getDims(transposed ? 1 : 0);
        boolean bias = !node.inputTensor(2).isEmpty();
        return layer(node, new DenseSpec(OnnxConvolutions.toInt(units, "units"), bias,
                OnnxConvolutions.toInt(in, Messages.text("onnx.what.inputFeatures"))),
                weights(node, transposed ? "weight" : "weight^T", "bias"));
    }

    /** MatMul by a weight matrix; an Add of a bias vector that follows it becomes the layer's bias. */
    private static Mapped matMul(OnnxNode node) throws ModelFileException {
        Onnx.TensorProto weights = node.requireConstant(1, "weight");
        if (weights.getDimsCount() != 2) {
            throw node.error(Messages.text("onnx.matmul.weight"));
        }
        int in = OnnxConvolutions.toInt(weights.getDims(0), Messages.text("onnx.what.inputFeatures"));
        int units = OnnxConvolutions.toInt(weights.getDims(1), "units");
        List<Integer> consumers = node.consumersOfOutput();
        if (consumers.size() == 1) {
            Onnx.NodeProto next = node.graphNode(consumers.get(0));
            if ("Add".equals(next.getOpType()) && next.getInputCount() == 2) {
                String other = next.getInput(0).equals(node.outputTensor()) ? next.getInput(1) : next.getInput(0);
                Onnx.TensorProto bias = node.constantNamed(other);
                if (bias != null && OnnxInitializers.elements(bias) == units) {
                    node.fuse(consumers.get(0));
                    return new Layer(new DenseSpec(units, true, in), List.of(node.source(0)), next.getOutput(0),
                            Map.of("weight^T", node.inputTensor(1), "bias", other));
                }
            }
        }
        return layer(node, new DenseSpec(units, false, in), weights(node, "weight^T"));
    }

    private static Mapped pool(OnnxNode node, PoolSpec.Kind kind) throws ModelFileException {
        OnnxAttributes a = node.attributes();
        String autoPad = a.text("auto_pad", "NOTSET");
        if (!"NOTSET".equals(autoPad) && !"VALID".equals(autoPad)) {
            throw node.error(Messages.text("onnx.pool.autoPad", autoPad));
        }
        if (a.integers("dilations", List.of(1L, 1L)).stream().anyMatch(d -> d != 1)) {
            throw node.error(Messages.text("onnx.pool.dilated"));
        }
        Size2d kernel = OnnxConvolutions.pair(node, a.integers("kernel_shape", List.of()), "kernel_shape", null);
        Size2d stride = OnnxConvolutions.pair(node, a.integers("strides", List.of()), "strides", Size2d.ONE);
        Padding padding = OnnxConvolutions.padding(node, "VALID".equals(autoPad) ? "NOTSET" : autoPad);
        String hint = node.docString();
        if (kind == PoolSpec.Kind.AVG && hint.startsWith(ADAPTIVE_HINT)) {
            String[] size = hint.substring(ADAPTIVE_HINT.length()).trim().split("x");
            try {
                return layer(node, new AdaptiveAvgPoolSpec(new Size2d(Integer.parseInt(size[0]),
                        Integer.parseInt(size[1]))));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw node.error(Messages.text("onnx.pool.note", hint));
            }
        }
        return layer(node, new PoolSpec(kind, kernel, stride, padding.size(), a.integer("ceil_mode", 0) != 0));
    }

    private static Mapped add(OnnxNode node) throws ModelFileException {
        if (node.inputCount() != 2 || node.constant(0) != null || node.constant(1) != null) {
            throw node.error(Messages.text("onnx.add.constant"));
        }
        return new Layer(new AddSpec(), List.of(node.source(0), node.source(1)), null, Map.of());
    }

    private static Mapped concat(OnnxNode node) throws ModelFileException {
        OnnxOps.Constant folded = node.inputCount() > 0 ? OnnxGeometry.constantConcat(node) : null;
        if (folded != null) {
            return folded;
        }
        long axis = node.attributes().integer("axis", 1);
        if (axis != 1 && axis != -3) {
            throw node.error(Messages.text("onnx.concat.axis", axis));
        }
        List<String> inputs = new java.util.ArrayList<>();
        for (int i = 0; i < node.inputCount(); i++) {
            inputs.add(node.source(i));
        }
        return new Layer(new ConcatSpec(), inputs, null, Map.of());
    }

    private static Mapped flatten(OnnxNode node) throws ModelFileException {
        long axis = node.attributes().integer("axis", 1);
        if (axis != 1) {
            throw node.error(Messages.text("onnx.flatten.axis", axis));
        }
        return layer(node, new FlattenSpec());
    }

    /** A reshape to (batch, -1) or (batch, features) is a flatten; anything else is refused. */
    private static Mapped reshape(OnnxNode node) throws ModelFileException {
        Onnx.TensorProto shape = node.constant(1);
        List<Long> target = shape == null ? List.of() : OnnxTensors.int64Values(shape);
        if (target.size() == 5) {
            return OnnxGeometry.shuffle(node, target);
        }
        boolean flat = target.size() == 2 && (target.get(0) == 0 || target.get(0) == -1 || target.get(0) == 1);
        if (!flat) {
            Object got = shape == null ? Messages.text("onnx.reshape.computed") : target;
            throw node.error(Messages.text("onnx.reshape.flat", got));
        }
        return layer(node, new FlattenSpec());
    }

    private static Mapped lrn(OnnxNode node) throws ModelFileException {
        OnnxAttributes a = node.attributes();
        return layer(node, new LrnSpec(OnnxConvolutions.toInt(a.integer("size", 0), "size"),
                a.number("alpha", 1e-4f), a.number("beta", 0.75f), a.number("bias", 1.0f)));
    }

    private static Mapped dropout(OnnxNode node) throws ModelFileException {
        double rate = node.attributes().number("ratio", 0.5f);
        Onnx.TensorProto ratio = node.constant(1);
        if (ratio != null) {
            List<Double> values = OnnxTensors.floatValues(ratio);
            rate = values.isEmpty() ? rate : values.get(0);
        }
        return layer(node, new DropoutSpec(rate));
    }

    /** A Pad that adds nothing (PyTorch writes one before some pooling layers) is no layer at all. */
    private static Mapped pad(OnnxNode node) throws ModelFileException {
        String mode = node.attributes().text("mode", "constant");
        List<Long> pads = node.attributes().integers("pads", List.of());
        Onnx.TensorProto padsInput = node.constant(1);
        if (padsInput != null) {
            pads = OnnxTensors.int64Values(padsInput);
        } else if (!node.inputTensor(1).isEmpty()) {
            throw node.error(Messages.text("onnx.pad.computed"));
        }
        if (pads.stream().anyMatch(p -> p != 0)) {
            throw node.error(Messages.text("onnx.pad.separate", mode, pads));
        }
        return new Alias(node.source(0));
    }

    /** Clip to [0, 6] is ReLU6 (MobileNet), to [0, no maximum] a ReLU; other ranges are refused. */
    private static Mapped clip(OnnxNode node) throws ModelFileException {
        double min = node.attributes().number("min", Float.NEGATIVE_INFINITY);
        double max = node.attributes().number("max", Float.POSITIVE_INFINITY);
        for (int i = 1; i <= 2; i++) {
            if (!node.inputTensor(i).isEmpty()) {
                Onnx.TensorProto bound = node.constant(i);
                List<Double> values = bound == null ? List.of() : OnnxTensors.floatValues(bound);
                if (values.size() != 1) {
                    throw node.error(Messages.text("onnx.clip.computed"));
                }
                if (i == 1) {
                    min = values.get(0);
                } else {
                    max = values.get(0);
                }
            }
        }
        if (min == 0 && max == 6) {
            return layer(node, new ActivationSpec(Activation.RELU6));
        }
        if (min == 0 && Double.isInfinite(max)) {
            return layer(node, new ActivationSpec(Activation.RELU));
        }
        throw node.error(Messages.text("onnx.clip.range", min, max));
    }

    private static Mapped constant(OnnxNode node) throws ModelFileException {
        Onnx.TensorProto value = node.attributes().tensor("value");
        if (value == null) {
            throw node.error(Messages.text("onnx.constant.value"));
        }
        return new Constant(value);
    }
}
