package org.cnnexplorer.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import onnx.Onnx;
import org.cnnexplorer.core.AdaptiveAvgPoolSpec;
import org.cnnexplorer.core.BatchNormSpec;
import org.cnnexplorer.core.ChannelShuffleSpec;
import org.cnnexplorer.core.Conv2dSpec;
import org.cnnexplorer.core.ConvTranspose2dSpec;
import org.cnnexplorer.core.CropSpec;
import org.cnnexplorer.core.DenseSpec;
import org.cnnexplorer.core.DropoutSpec;
import org.cnnexplorer.core.InputSpec;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.LayerSpec;
import org.cnnexplorer.core.LeakyReluSpec;
import org.cnnexplorer.core.LrnSpec;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.PoolSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.core.Size2d;
import org.cnnexplorer.core.SliceSpec;
import org.cnnexplorer.core.UpsampleSpec;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.model.ModelFileException;

/**
 * Writes an analysed network as an ONNX model, opset 13: one node per expanded layer, named as
 * the layer, reading the tensors named after the layers it reads; weights in PyTorch's layouts
 * (convolution {@code M x C/g x kH x kW}, Gemm with {@code transB = 1}, batch-norm scale, bias,
 * mean and variance), with values from a {@link WeightSource}.
 */
public final class OnnxWriter {

    /** The opset written. */
    public static final int OPSET = 13;
    private static final int FLOAT = 1;
    private static final int INT64 = 7;
    private static final String INPUT = "input";

    private final Onnx.GraphProto.Builder graph = Onnx.GraphProto.newBuilder();
    private final WeightSource weights;

    private OnnxWriter(WeightSource weights) {
        this.weights = weights;
    }

    /** The model as ONNX bytes; a layer ONNX cannot express is refused with its name. */
    public static byte[] write(NetworkReport report, WeightSource weights) throws ModelFileException {
        if (!report.isValid()) {
            throw new ModelFileException(Messages.text("onnx.export.invalid", report.spec().id(),
                    report.problems().get(0)));
        }
        OnnxWriter writer = new OnnxWriter(weights);
        writer.graph.setName(report.spec().name());
        writer.graph.addInput(value(INPUT, report.settings().input()));
        String last = INPUT;
        for (LayerReport layer : report.layers()) {
            if (!(layer.spec() instanceof InputSpec)) {
                writer.layer(layer);
                last = layer.name();
            }
        }
        writer.graph.addOutput(value(last, report.output()));
        return Onnx.ModelProto.newBuilder()
                .setIrVersion(8)
                .setProducerName("CNN Explorer")
                .setProducerVersion("0.1")
                .setDocString(report.spec().variant())
                .addOpsetImport(Onnx.OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET))
                .setGraph(writer.graph)
                .build().toByteArray();
    }

    private void layer(LayerReport layer) throws ModelFileException {
        LayerSpec spec = layer.spec();
        Onnx.NodeProto.Builder node = Onnx.NodeProto.newBuilder().setName(layer.name()).addOutput(layer.name());
        for (String input : layer.inputs()) {
            node.addInput(NetworkAnalyzer.INPUT.equals(input) ? INPUT : input);
        }
        Shape in = layer.inputShapes().isEmpty() ? null : layer.inputShapes().get(0);
        graph.addNode(switch (spec.layerKind()) {
            case CONV2D -> conv(node, layer, (Conv2dSpec) spec, in);
            case CONV_TRANSPOSE2D -> convTranspose(node, layer, (ConvTranspose2dSpec) spec, in);
            case UPSAMPLE -> upsample(node, layer, (UpsampleSpec) spec, in);
            case SLICE -> slice(node, layer.name(), 1, List.of((long) ((SliceSpec) spec).from()),
                    List.of((long) ((SliceSpec) spec).to()));
            case CROP -> crop(node, layer, in);
            case CHANNEL_SHUFFLE -> shuffle(node, layer.name(), ((ChannelShuffleSpec) spec).groups(), in);
            case DENSE -> dense(node, layer, (DenseSpec) spec, in);
            case MAXPOOL, AVGPOOL -> pool(node, (PoolSpec) spec);
            case GLOBAL_AVGPOOL, ADAPTIVE_AVGPOOL -> adaptive(node, layer, (AdaptiveAvgPoolSpec) spec, in);
            case BATCHNORM -> batchNorm(node, layer, (BatchNormSpec) spec, in.channels());
            case LRN -> lrn(node, (LrnSpec) spec);
            case DROPOUT -> node.setOpType("Dropout").addInput(initializer(layer.name() + ".ratio", List.of(),
                    new float[] {(float) ((DropoutSpec) spec).rate()}));
            case RELU -> node.setOpType("Relu");
            case RELU6 -> node.setOpType("Clip")
                    .addInput(initializer(layer.name() + ".min", List.of(), new float[] {0f}))
                    .addInput(initializer(layer.name() + ".max", List.of(), new float[] {6f}));
            case TANH -> node.setOpType("Tanh");
            case SIGMOID -> node.setOpType("Sigmoid");
            case HARD_SIGMOID -> hardSigmoid(node);
            case SWISH -> selfGated(node, layer, op("Sigmoid"));
            case HARD_SWISH -> selfGated(node, layer, hardSigmoid(op("HardSigmoid")));
            case LEAKY_RELU -> node.setOpType("LeakyRelu")
                    .addAttribute(number("alpha", ((LeakyReluSpec) spec).slope()));
            case MISH -> selfGated(node, layer, op("Softplus"), op("Tanh"));
            case SOFTMAX -> node.setOpType("Softmax").addAttribute(integer("axis", 1));
            case FLATTEN -> node.setOpType("Flatten").addAttribute(integer("axis", 1));
            case ADD -> node.setOpType("Add");
            case MULTIPLY -> multiply(node, layer);
            case CONCAT -> node.setOpType("Concat").addAttribute(integer("axis", 1));
            case INPUT, INCEPTION, RESIDUAL_STAGE, BOTTLENECK, BASIC_BLOCK, REPEAT,
                    SEPARABLE, SQUEEZE_EXCITATION, INVERTED_RESIDUAL, INVERTED_RESIDUAL_STAGE,
                    DENSE_BLOCK, TRANSITION, CSP_STAGE, FCN_HEAD ->
                    throw new ModelFileException(Messages.text("onnx.export.noOperator", layer.name(), spec.type()));
        });
    }

    private static Onnx.NodeProto.Builder op(String type) {
        return Onnx.NodeProto.newBuilder().setOpType(type);
    }

    /** PyTorch's hard sigmoid: ONNX's HardSigmoid with alpha 1/6 and beta 0.5 (its defaults are Keras's). */
    private static Onnx.NodeProto.Builder hardSigmoid(Onnx.NodeProto.Builder node) {
        return node.setOpType("HardSigmoid").addAttribute(number("alpha", 1.0 / 6)).addAttribute(number("beta", 0.5));
    }

    private static Onnx.NodeProto.Builder lrn(Onnx.NodeProto.Builder node, LrnSpec lrn) {
        return node.setOpType("LRN").addAttribute(integer("size", lrn.size()))
                .addAttribute(number("alpha", lrn.alpha())).addAttribute(number("beta", lrn.beta()))
                .addAttribute(number("bias", lrn.k()));
    }

    /**
     * {@code x * f(x)} in opset 13, which has no SiLU, HardSwish or Mish: the nodes of {@code f}
     * (the first named as the layer, so that reading the file back names the fused layer so) and
     * a Mul of the input and their result, which computes the layer's tensor.
     */
    private Onnx.NodeProto.Builder selfGated(Onnx.NodeProto.Builder node, LayerReport layer,
                                             Onnx.NodeProto.Builder... gate) {
        String tensor = node.getInput(0);
        for (int i = 0; i < gate.length; i++) {
            String output = layer.name() + ".gate" + i;
            graph.addNode(gate[i].setName(i == 0 ? layer.name() : output).addInput(tensor).addOutput(output));
            tensor = output;
        }
        return node.setName(layer.name() + ".mul").setOpType("Mul").addInput(tensor);
    }

    /** ONNX's Mul takes two operands: three or more inputs become a chain of products. */
    private Onnx.NodeProto.Builder multiply(Onnx.NodeProto.Builder node, LayerReport layer) {
        List<String> inputs = List.copyOf(node.getInputList());
        String partial = inputs.get(0);
        for (int i = 1; i < inputs.size() - 1; i++) {
            String output = layer.name() + ".product" + i;
            graph.addNode(op("Mul").setName(output).addInput(partial).addInput(inputs.get(i)).addOutput(output));
            partial = output;
        }
        return node.clearInput().addInput(partial).addInput(inputs.get(inputs.size() - 1)).setOpType("Mul");
    }

    private Onnx.NodeProto.Builder dense(Onnx.NodeProto.Builder node, LayerReport layer, DenseSpec dense, Shape in) {
        int units = layer.output().channels();
        node.setOpType("Gemm").addAttribute(integer("transB", 1));
        node.addInput(weight(layer, "weight", List.of((long) units, (long) in.channels()), in.channels()));
        if (dense.bias()) {
            node.addInput(initializer(layer.name() + ".bias", List.of((long) units),
                    weights.bias(layer.name(), units)));
        }
        return node;
    }

    private static Onnx.NodeProto.Builder pool(Onnx.NodeProto.Builder node, PoolSpec pool) {
        return node.setOpType(pool.kind() == PoolSpec.Kind.MAX ? "MaxPool" : "AveragePool")
                .addAttribute(integers("kernel_shape", pool.kernel()))
                .addAttribute(integers("strides", pool.stride()))
                .addAttribute(pads(pool.padding()))
                .addAttribute(integer("ceil_mode", pool.ceilMode() ? 1 : 0));
    }

    private Onnx.NodeProto.Builder conv(Onnx.NodeProto.Builder node, LayerReport layer, Conv2dSpec conv, Shape in) {
        long perGroup = in.channels() / conv.groups();
        long fanIn = perGroup * conv.kernel().height() * conv.kernel().width();
        node.setOpType("Conv")
                .addAttribute(integers("kernel_shape", conv.kernel()))
                .addAttribute(integers("strides", conv.stride()))
                .addAttribute(integers("dilations", conv.dilation()))
                .addAttribute(integer("group", conv.groups()));
        if (conv.padding().same()) {
            node.addAttribute(Onnx.AttributeProto.newBuilder().setName("auto_pad")
                    .setType(Onnx.AttributeProto.AttributeType.STRING)
                    .setS(org.nd4j.shade.protobuf.ByteString.copyFrom("SAME_UPPER", StandardCharsets.UTF_8)));
        } else {
            node.addAttribute(pads(conv.padding().size()));
        }
        node.addInput(weight(layer, "weight", List.of((long) conv.filters(), perGroup,
                (long) conv.kernel().height(), (long) conv.kernel().width()), fanIn));
        if (conv.bias()) {
            node.addInput(initializer(layer.name() + ".bias", List.of((long) conv.filters()),
                    weights.bias(layer.name(), conv.filters())));
        }
        return node;
    }

    private Onnx.NodeProto.Builder convTranspose(Onnx.NodeProto.Builder node, LayerReport layer,
                                                 ConvTranspose2dSpec conv, Shape in) {
        long perGroup = conv.filters() / conv.groups();
        node.setOpType("ConvTranspose")
                .addAttribute(integers("kernel_shape", conv.kernel()))
                .addAttribute(integers("strides", conv.stride()))
                .addAttribute(integers("dilations", conv.dilation()))
                .addAttribute(integers("output_padding", conv.outputPadding()))
                .addAttribute(integer("group", conv.groups()))
                .addAttribute(pads(conv.padding()));
        node.addInput(weight(layer, "weight", List.of((long) in.channels(), perGroup,
                (long) conv.kernel().height(), (long) conv.kernel().width()),
                perGroup * conv.kernel().height() * conv.kernel().width()));
        if (conv.bias()) {
            node.addInput(initializer(layer.name() + ".bias", List.of((long) conv.filters()),
                    weights.bias(layer.name(), conv.filters())));
        }
        return node;
    }

    /** Resize with whole scales, as PyTorch exports nn.Upsample (nearest: floor of asymmetric coordinates). */
    private Onnx.NodeProto.Builder upsample(Onnx.NodeProto.Builder node, LayerReport layer, UpsampleSpec upsample,
                                            Shape in) throws ModelFileException {
        Shape out = layer.output();
        if (out.height() % in.height() != 0 || out.width() % in.width() != 0) {
            throw new ModelFileException(Messages.text("onnx.export.upsample", layer.name(), in.height(), in.width(),
                    out.height(), out.width()));
        }
        boolean nearest = upsample.mode() == UpsampleSpec.Mode.NEAREST;
        node.setOpType("Resize").addInput("").addInput(initializer(layer.name() + ".scales", List.of(4L),
                new float[] {1f, 1f, out.height() / in.height(), out.width() / in.width()}));
        node.addAttribute(text("mode", nearest ? "nearest" : "linear"))
                .addAttribute(text("coordinate_transformation_mode", nearest ? "asymmetric"
                        : upsample.alignCorners() ? "align_corners" : "pytorch_half_pixel"));
        if (nearest) {
            node.addAttribute(text("nearest_mode", "floor"));
        }
        return node;
    }

    /** A Slice of the first input on the height and width axes; a second input only gave the size. */
    private Onnx.NodeProto.Builder crop(Onnx.NodeProto.Builder node, LayerReport layer, Shape in) {
        String first = node.getInput(0);
        node.clearInput().addInput(first);
        Shape out = layer.output();
        Size2d offset = CropSpec.offset(in, out);
        return slice(node, layer.name(), 2, List.of((long) offset.height(), (long) offset.width()),
                List.of((long) offset.height() + out.height(), (long) offset.width() + out.width()));
    }

    /** A Slice from {@code starts} to {@code ends} on consecutive axes from {@code firstAxis}. */
    private Onnx.NodeProto.Builder slice(Onnx.NodeProto.Builder node, String name, long firstAxis,
                                         List<Long> starts, List<Long> ends) {
        List<Long> axes = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            axes.add(firstAxis + i);
        }
        return node.setOpType("Slice").addInput(longs(name + ".starts", starts)).addInput(longs(name + ".ends", ends))
                .addInput(longs(name + ".axes", axes));
    }

    /**
     * Reshape to {@code N x g x C/g x H x W}, swap the two channel axes, reshape back (ShuffleNet's
     * export); the first node carries the layer's name, as the reader names the layer after it.
     */
    private Onnx.NodeProto.Builder shuffle(Onnx.NodeProto.Builder node, String name, int groups, Shape in) {
        String input = node.getInput(0);
        graph.addNode(Onnx.NodeProto.newBuilder().setName(name).setOpType("Reshape").addInput(input)
                .addInput(longs(name + ".grouped", List.of(0L, (long) groups, (long) in.channels() / groups,
                        (long) in.height(), (long) in.width())))
                .addOutput(name + ".split"));
        graph.addNode(Onnx.NodeProto.newBuilder().setName(name + ".swap").setOpType("Transpose")
                .addInput(name + ".split").addOutput(name + ".swap")
                .addAttribute(Onnx.AttributeProto.newBuilder().setName("perm")
                        .setType(Onnx.AttributeProto.AttributeType.INTS).addAllInts(List.of(0L, 2L, 1L, 3L, 4L))));
        return node.setName(name + ".merge").clearInput().setOpType("Reshape").addInput(name + ".swap")
                .addInput(longs(name + ".shape", List.of(0L, (long) in.channels(), (long) in.height(),
                        (long) in.width())));
    }

    private static Onnx.NodeProto.Builder adaptive(Onnx.NodeProto.Builder node, LayerReport layer,
                                                   AdaptiveAvgPoolSpec adaptive, Shape in) throws ModelFileException {
        if (adaptive.isGlobal()) {
            return node.setOpType("GlobalAveragePool");
        }
        Shape out = layer.output();
        if (in.height() % out.height() != 0 || in.width() % out.width() != 0) {
            throw new ModelFileException(Messages.text("onnx.export.adaptivePool", layer.name(), in.height(),
                    in.width(), out.height(), out.width()));
        }
        Size2d window = new Size2d(in.height() / out.height(), in.width() / out.width());
        return node.setOpType("AveragePool").addAttribute(integers("kernel_shape", window))
                .addAttribute(integers("strides", window))
                .setDocString(OnnxOps.ADAPTIVE_HINT + out.height() + "x" + out.width());
    }

    private Onnx.NodeProto.Builder batchNorm(Onnx.NodeProto.Builder node, LayerReport layer, BatchNormSpec bn,
                                             int channels) {
        node.setOpType("BatchNormalization").addAttribute(number("epsilon", bn.epsilon()));
        List<Long> dims = List.of((long) channels);
        for (String role : List.of("weight", "bias", "running_mean", "running_var")) {
            node.addInput(initializer(layer.name() + "." + role, dims,
                    weights.batchNorm(layer.name(), role, channels)));
        }
        return node;
    }

    private String weight(LayerReport layer, String role, List<Long> dims, long fanIn) {
        long count = dims.stream().reduce(1L, Math::multiplyExact);
        return initializer(layer.name() + "." + role, dims,
                weights.weights(layer.name(), Math.toIntExact(count), fanIn));
    }

    private String initializer(String name, List<Long> dims, float[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            bytes.putFloat(v);
        }
        bytes.flip();
        graph.addInitializer(Onnx.TensorProto.newBuilder().setName(name).setDataType(FLOAT).addAllDims(dims)
                .setRawData(org.nd4j.shade.protobuf.ByteString.copyFrom(bytes)));
        return name;
    }

    private String longs(String name, List<Long> values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.size() * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        values.forEach(bytes::putLong);
        bytes.flip();
        graph.addInitializer(Onnx.TensorProto.newBuilder().setName(name).setDataType(INT64)
                .addDims(values.size()).setRawData(org.nd4j.shade.protobuf.ByteString.copyFrom(bytes)));
        return name;
    }

    private static Onnx.AttributeProto text(String name, String value) {
        return Onnx.AttributeProto.newBuilder().setName(name).setType(Onnx.AttributeProto.AttributeType.STRING)
                .setS(org.nd4j.shade.protobuf.ByteString.copyFrom(value, StandardCharsets.UTF_8)).build();
    }

    private static Onnx.ValueInfoProto value(String name, Shape shape) {
        Onnx.TensorShapeProto.Builder dims = Onnx.TensorShapeProto.newBuilder()
                .addDim(Onnx.TensorShapeProto.Dimension.newBuilder().setDimParam("batch"));
        List<Integer> sizes = shape.flat() ? List.of(shape.channels())
                : List.of(shape.channels(), shape.height(), shape.width());
        sizes.forEach(s -> dims.addDim(Onnx.TensorShapeProto.Dimension.newBuilder().setDimValue(s)));
        return Onnx.ValueInfoProto.newBuilder().setName(name).setType(Onnx.TypeProto.newBuilder()
                .setTensorType(Onnx.TypeProto.Tensor.newBuilder().setElemType(FLOAT).setShape(dims))).build();
    }

    private static Onnx.AttributeProto integer(String name, long value) {
        return Onnx.AttributeProto.newBuilder().setName(name).setType(Onnx.AttributeProto.AttributeType.INT)
                .setI(value).build();
    }

    private static Onnx.AttributeProto number(String name, double value) {
        return Onnx.AttributeProto.newBuilder().setName(name).setType(Onnx.AttributeProto.AttributeType.FLOAT)
                .setF((float) value).build();
    }

    private static Onnx.AttributeProto integers(String name, Size2d size) {
        return Onnx.AttributeProto.newBuilder().setName(name).setType(Onnx.AttributeProto.AttributeType.INTS)
                .addInts(size.height()).addInts(size.width()).build();
    }

    private static Onnx.AttributeProto pads(Size2d padding) {
        List<Long> values = new ArrayList<>(List.of((long) padding.height(), (long) padding.width(),
                (long) padding.height(), (long) padding.width()));
        return Onnx.AttributeProto.newBuilder().setName("pads").setType(Onnx.AttributeProto.AttributeType.INTS)
                .addAllInts(values).build();
    }
}
