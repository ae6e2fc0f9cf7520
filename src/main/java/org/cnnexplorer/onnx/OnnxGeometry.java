package org.cnnexplorer.onnx;

import java.util.ArrayList;
import java.util.List;
import onnx.Onnx;
import org.cnnexplorer.core.ChannelShuffleSpec;
import org.cnnexplorer.core.ConvTranspose2dSpec;
import org.cnnexplorer.core.CropSpec;
import org.cnnexplorer.core.Padding;
import org.cnnexplorer.core.Size2d;
import org.cnnexplorer.core.SliceSpec;
import org.cnnexplorer.core.UpsampleSpec;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.model.ModelFileException;

/**
 * The operators that resize or cut feature maps: ConvTranspose, Resize and Upsample, Slice and
 * Split, and PyTorch's Reshape-Transpose-Reshape channel shuffle.
 */
final class OnnxGeometry {

    private static final List<Long> SWAP_CHANNEL_AXES = List.of(0L, 2L, 1L, 3L, 4L);

    private OnnxGeometry() {
    }

    /** ConvTranspose: weights {@code C x M/group x kH x kW}; symmetric pads; no output_shape. */
    static OnnxOps.Mapped convTranspose(OnnxNode node) throws ModelFileException {
        Onnx.TensorProto weights = node.requireConstant(1, "weight");
        if (weights.getDimsCount() != 4) {
            throw node.error(Messages.text("onnx.convT.weightDims", weights.getName(), weights.getDimsCount()));
        }
        OnnxAttributes a = node.attributes();
        if (a.has("output_shape")) {
            throw node.error(Messages.text("onnx.convT.outputShape"));
        }
        Size2d kernel = new Size2d(OnnxConvolutions.toInt(weights.getDims(2), Messages.text("onnx.what.kernelHeight")),
                OnnxConvolutions.toInt(weights.getDims(3), Messages.text("onnx.what.kernelWidth")));
        if (!OnnxConvolutions.pair(node, a.integers("kernel_shape", List.of()), "kernel_shape", kernel)
                .equals(kernel)) {
            throw node.error(Messages.text("onnx.convT.kernel", kernel));
        }
        Padding padding = OnnxConvolutions.padding(node, a.text("auto_pad", "NOTSET"));
        if (padding.same()) {
            throw node.error(Messages.text("onnx.convT.same"));
        }
        int groups = OnnxConvolutions.toInt(a.integer("group", 1), "group");
        int filters = Math.multiplyExact(OnnxConvolutions.toInt(weights.getDims(1),
                Messages.text("onnx.what.filtersPerGroup")), groups);
        return OnnxOps.layer(node, new ConvTranspose2dSpec(filters, kernel,
                OnnxConvolutions.pair(node, a.integers("strides", List.of()), "strides", Size2d.ONE), padding.size(),
                OnnxConvolutions.pair(node, a.integers("output_padding", List.of()), "output_padding", Size2d.ZERO),
                OnnxConvolutions.pair(node, a.integers("dilations", List.of()), "dilations", Size2d.ONE), groups,
                !node.inputTensor(2).isEmpty()), OnnxOps.weights(node, "weight", "bias"));
    }

    /**
     * Resize (opset 10+) with constant whole scales or sizes: nearest as PyTorch exports it
     * (asymmetric coordinates, rounded down), linear with PyTorch's half-pixel or aligned corners.
     */
    static OnnxOps.Mapped resize(OnnxNode node) throws ModelFileException {
        OnnxAttributes a = node.attributes();
        String mode = a.text("mode", "nearest");
        String coordinates = a.text("coordinate_transformation_mode", "half_pixel");
        UpsampleSpec.Mode kind;
        boolean aligned = false;
        if ("nearest".equals(mode) && "asymmetric".equals(coordinates)
                && "floor".equals(a.text("nearest_mode", "round_prefer_floor"))) {
            kind = UpsampleSpec.Mode.NEAREST;
        } else if ("linear".equals(mode) && List.of("pytorch_half_pixel", "half_pixel", "align_corners")
                .contains(coordinates)) {
            kind = UpsampleSpec.Mode.BILINEAR;
            aligned = "align_corners".equals(coordinates);
        } else {
            throw node.error(Messages.text("onnx.resize.mode", mode, coordinates));
        }
        int scalesInput = node.opset() < 11 ? 1 : 2;
        Onnx.TensorProto sizes = node.opset() < 11 ? null : node.constant(3);
        if (sizes != null && !node.inputTensor(3).isEmpty()) {
            List<Long> values = OnnxTensors.int64Values(sizes);
            return OnnxOps.layer(node, new UpsampleSpec(null, pair(node, values, "sizes"), kind, aligned));
        }
        Onnx.TensorProto scales = node.constant(scalesInput);
        if (scales == null) {
            throw node.error(Messages.text("onnx.resize.computed"));
        }
        return OnnxOps.layer(node, new UpsampleSpec(wholeScales(node, OnnxTensors.floatValues(scales)), null,
                kind, aligned));
    }

    /**
     * A Concat of 1-D constants (PyTorch's export without constant folding builds Resize scales
     * this way) is a constant itself; null when some input is computed.
     */
    static OnnxOps.Constant constantConcat(OnnxNode node) {
        List<Onnx.TensorProto> parts = new ArrayList<>();
        for (int i = 0; i < node.inputCount(); i++) {
            Onnx.TensorProto part = node.constant(i);
            if (part == null || part.getDimsCount() != 1 || part.getDataType() != parts.stream().findFirst()
                    .orElse(part).getDataType()) {
                return null;
            }
            parts.add(part);
        }
        Onnx.TensorProto.Builder joined = Onnx.TensorProto.newBuilder().setName(node.outputTensor())
                .setDataType(parts.get(0).getDataType());
        for (Onnx.TensorProto part : parts) {
            if (part.getDataType() == Onnx.TensorProto.DataType.FLOAT_VALUE) {
                OnnxTensors.floatValues(part).forEach(v -> joined.addFloatData(v.floatValue()));
            } else {
                joined.addAllInt64Data(OnnxTensors.int64Values(part));
            }
        }
        return new OnnxOps.Constant(joined.addDims(joined.getFloatDataCount() + joined.getInt64DataCount()).build());
    }

    /** Upsample (opsets 7-9), nearest only: its linear mode is not PyTorch's bilinear. */
    static OnnxOps.Mapped upsample(OnnxNode node) throws ModelFileException {
        String mode = node.attributes().text("mode", "nearest");
        if (!"nearest".equals(mode)) {
            throw node.error(Messages.text("onnx.upsample.mode", mode));
        }
        List<Double> scales = new ArrayList<>();
        Onnx.TensorProto input = node.constant(1);
        if (input != null) {
            scales.addAll(OnnxTensors.floatValues(input));
        } else if (node.inputTensor(1).isEmpty()) {
            scales.addAll(node.attributes().numbers("scales"));
        } else {
            throw node.error(Messages.text("onnx.upsample.computed"));
        }
        return OnnxOps.layer(node, new UpsampleSpec(wholeScales(node, scales), null, UpsampleSpec.Mode.NEAREST,
                false));
    }

    private static Size2d wholeScales(OnnxNode node, List<Double> scales) throws ModelFileException {
        if (scales.size() != 4 || scales.get(0) != 1 || scales.get(1) != 1
                || scales.get(2) != Math.rint(scales.get(2)) || scales.get(3) != Math.rint(scales.get(3))
                || scales.get(2) < 1 || scales.get(3) < 1 || scales.get(2) > Integer.MAX_VALUE
                || scales.get(3) > Integer.MAX_VALUE) {
            throw node.error(Messages.text("onnx.resize.scales", scales));
        }
        return new Size2d(scales.get(2).intValue(), scales.get(3).intValue());
    }

    /** The last two of 4 values (N, C, H, W) as height x width. */
    private static Size2d pair(OnnxNode node, List<Long> values, String what) throws ModelFileException {
        if (values.size() != 4) {
            throw node.error(Messages.text("onnx.resize.fourValues", what, values));
        }
        return new Size2d(OnnxConvolutions.toInt(values.get(2), what), OnnxConvolutions.toInt(values.get(3), what));
    }

    /**
     * Slice with constant bounds and step 1: of the channels a {@code slice}, of both height and
     * width a {@code crop} to the sliced size (CNN Explorer's crop is centred: the counts are
     * exact, where the window starts is not kept).
     */
    static OnnxOps.Mapped slice(OnnxNode node) throws ModelFileException {
        List<Long> starts = bounds(node, 1, "starts");
        List<Long> ends = bounds(node, 2, "ends");
        List<Long> axes = node.opset() < 10 ? node.attributes().integers("axes", List.of())
                : node.inputTensor(3).isEmpty() ? List.of() : bounds(node, 3, "axes");
        if (axes.isEmpty()) {
            throw node.error(Messages.text("onnx.slice.noAxes"));
        }
        if (node.opset() >= 10 && !node.inputTensor(4).isEmpty()
                && bounds(node, 4, "steps").stream().anyMatch(s -> s != 1)) {
            throw node.error(Messages.text("onnx.slice.steps"));
        }
        List<Long> normalised = axes.stream().map(x -> x < 0 ? x + 4 : x).toList();
        if (normalised.equals(List.of(1L))) {
            return OnnxOps.layer(node, new SliceSpec(bound(node, starts.get(0)), bound(node, ends.get(0))));
        }
        if (normalised.equals(List.of(2L, 3L))) {
            return OnnxOps.layer(node, new CropSpec(new Size2d(bound(node, ends.get(0) - starts.get(0)),
                    bound(node, ends.get(1) - starts.get(1)))));
        }
        if (normalised.equals(List.of(2L))) {
            return heightThenWidth(node, bound(node, ends.get(0) - starts.get(0)));
        }
        throw node.error(Messages.text("onnx.slice.axes", axes));
    }

    /** PyTorch writes {@code x[:, :, a:b, c:d]} as a Slice of the height and then one of the width: one crop. */
    private static OnnxOps.Mapped heightThenWidth(OnnxNode node, int height) throws ModelFileException {
        Onnx.NodeProto next = onlyConsumer(node, node.outputTensor(), "Slice");
        List<Long> axes = next == null || next.getInputCount() < 4 ? List.of()
                : constantValues(node, next.getInput(3));
        if (!axes.equals(List.of(3L)) && !axes.equals(List.of(-1L))) {
            throw node.error(Messages.text("onnx.slice.heightAlone"));
        }
        if (next.getInputCount() > 4 && !constantValues(node, next.getInput(4)).equals(List.of(1L))) {
            throw node.error(Messages.text("onnx.slice.steps"));
        }
        List<Long> starts = constantValues(node, next.getInput(1));
        List<Long> ends = constantValues(node, next.getInput(2));
        if (starts.size() != 1 || ends.size() != 1) {
            throw node.error(Messages.text("onnx.slice.width"));
        }
        node.fuse(node.consumers(node.outputTensor()).get(0));
        return new OnnxOps.Layer(new CropSpec(new Size2d(height, bound(node, ends.get(0) - starts.get(0)))),
                List.of(node.source(0)), next.getOutput(0), java.util.Map.of());
    }

    private static List<Long> constantValues(OnnxNode node, String tensor) {
        Onnx.TensorProto constant = node.constantAhead(tensor);
        return constant == null ? List.of() : OnnxTensors.int64Values(constant);
    }

    private static List<Long> bounds(OnnxNode node, int input, String what) throws ModelFileException {
        if (node.opset() < 10) {
            return node.attributes().integers(what, List.of());
        }
        Onnx.TensorProto tensor = node.constant(input);
        if (tensor == null) {
            throw node.error(Messages.text("onnx.slice.computed", what));
        }
        return OnnxTensors.int64Values(tensor);
    }

    private static int bound(OnnxNode node, long value) throws ModelFileException {
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw node.error(Messages.text("onnx.slice.bound", value));
        }
        return (int) value;
    }

    /** Split along the channels into explicit sizes: one slice per output. */
    static OnnxOps.Mapped split(OnnxNode node) throws ModelFileException {
        long axis = node.attributes().integer("axis", 0);
        if (axis != 1 && axis != -3) {
            throw node.error(Messages.text("onnx.split.axis", axis));
        }
        List<Long> sizes = node.opset() < 13 ? node.attributes().integers("split", List.of())
                : node.inputTensor(1).isEmpty() ? List.of() : bounds(node, 1, "split");
        if (sizes.size() != node.outputCount()) {
            throw node.error(Messages.text("onnx.split.sizes"));
        }
        List<OnnxOps.Layer> slices = new ArrayList<>();
        long from = 0;
        for (int i = 0; i < sizes.size(); i++) {
            long to = from + sizes.get(i);
            slices.add(new OnnxOps.Layer(new SliceSpec(bound(node, from), bound(node, to)), List.of(node.source(0)),
                    node.output(i), java.util.Map.of()));
            from = to;
        }
        return new OnnxOps.Layers(slices);
    }

    /**
     * PyTorch's channel shuffle: a Reshape to {@code N x g x C/g x H x W}, a Transpose swapping
     * axes 1 and 2, and a Reshape back to 4 dimensions become one {@code channel-shuffle}.
     */
    static OnnxOps.Mapped shuffle(OnnxNode node, List<Long> grouped) throws ModelFileException {
        Onnx.NodeProto transpose = onlyConsumer(node, node.outputTensor(), "Transpose");
        if (transpose == null || !new OnnxAttributes(transpose).integers("perm", List.of()).equals(SWAP_CHANNEL_AXES)) {
            throw node.error(Messages.text("onnx.shuffle.reshape"));
        }
        Onnx.NodeProto back = onlyConsumer(node, transpose.getOutput(0), "Reshape");
        Onnx.TensorProto shape = back == null ? null : node.constantAhead(back.getInput(1));
        if (shape == null || OnnxTensors.int64Values(shape).size() != 4) {
            throw node.error(Messages.text("onnx.shuffle.end"));
        }
        node.fuse(node.consumers(node.outputTensor()).get(0));
        node.fuse(node.consumers(transpose.getOutput(0)).get(0));
        return new OnnxOps.Layer(new ChannelShuffleSpec(OnnxConvolutions.toInt(grouped.get(1), "groups")),
                List.of(node.source(0)), back.getOutput(0), java.util.Map.of());
    }

    private static Onnx.NodeProto onlyConsumer(OnnxNode node, String tensor, String op) {
        List<Integer> consumers = node.consumers(tensor);
        if (consumers.size() != 1) {
            return null;
        }
        Onnx.NodeProto next = node.graphNode(consumers.get(0));
        return op.equals(next.getOpType()) ? next : null;
    }
}
