package org.cnnexplorer.onnx;

import java.util.List;
import onnx.Onnx;
import org.cnnexplorer.core.Conv2dSpec;
import org.cnnexplorer.core.Padding;
import org.cnnexplorer.core.Size2d;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.model.ModelFileException;

/** Conv nodes and the window attributes (kernel_shape, strides, pads, dilations) they share with pooling. */
final class OnnxConvolutions {

    private OnnxConvolutions() {
    }

    /**
     * Conv: weights {@code M x C/group x kH x kW} give the filters and the kernel; a third input is
     * the bias; {@code auto_pad} SAME_UPPER/SAME_LOWER is "same" padding.
     */
    static OnnxOps.Mapped conv(OnnxNode node) throws ModelFileException {
        Onnx.TensorProto weights = node.requireConstant(1, "weight");
        if (weights.getDimsCount() != 4) {
            throw node.error(Messages.text("onnx.conv.weightDims", weights.getName(), weights.getDimsCount()));
        }
        OnnxAttributes a = node.attributes();
        Size2d fromWeights = new Size2d(toInt(weights.getDims(2), Messages.text("onnx.what.kernelHeight")),
                toInt(weights.getDims(3), Messages.text("onnx.what.kernelWidth")));
        Size2d kernel = pair(node, a.integers("kernel_shape", List.of()), "kernel_shape", fromWeights);
        if (!kernel.equals(fromWeights)) {
            throw node.error(Messages.text("onnx.conv.kernel", kernel, fromWeights));
        }
        Size2d stride = pair(node, a.integers("strides", List.of()), "strides", Size2d.ONE);
        Size2d dilation = pair(node, a.integers("dilations", List.of()), "dilations", Size2d.ONE);
        int groups = toInt(a.integer("group", 1), "group");
        Padding padding = padding(node, a.text("auto_pad", "NOTSET"));
        boolean bias = !node.inputTensor(2).isEmpty();
        int filters = toInt(weights.getDims(0), "filters");
        return OnnxOps.layer(node, new Conv2dSpec(filters, kernel, stride, padding, dilation, groups, bias),
                OnnxOps.weights(node, "weight", "bias"));
    }

    /** A two-value attribute (height, width), or the fallback when absent; null fallback: required. */
    static Size2d pair(OnnxNode node, List<Long> values, String attribute, Size2d fallback)
            throws ModelFileException {
        if (values.isEmpty()) {
            if (fallback == null) {
                throw node.error(Messages.text("onnx.attr.missing", attribute));
            }
            return fallback;
        }
        if (values.size() != 2) {
            throw node.error(Messages.text("onnx.attr.window", attribute, values, values.size()));
        }
        return new Size2d(toInt(values.get(0), attribute), toInt(values.get(1), attribute));
    }

    /** {@code pads} [top, left, bottom, right] must be symmetric; auto_pad SAME_* is "same". */
    static Padding padding(OnnxNode node, String autoPad) throws ModelFileException {
        switch (autoPad) {
            case "SAME_UPPER", "SAME_LOWER" -> {
                return Padding.SAME;
            }
            case "VALID" -> {
                return Padding.NONE;
            }
            case "NOTSET", "" -> {
                // explicit pads below
            }
            default -> throw node.error(Messages.text("onnx.pad.autoUnknown", autoPad));
        }
        List<Long> pads = node.attributes().integers("pads", List.of(0L, 0L, 0L, 0L));
        if (pads.size() != 4) {
            throw node.error(Messages.text("onnx.pad.count", pads, pads.size()));
        }
        if (!pads.get(0).equals(pads.get(2)) || !pads.get(1).equals(pads.get(3))) {
            throw node.error(Messages.text("onnx.pad.asymmetric", pads));
        }
        if (pads.get(0) < 0 || pads.get(1) < 0) {
            throw node.error(Messages.text("onnx.pad.negative", pads));
        }
        return new Padding(new Size2d(toInt(pads.get(0), "pads"), toInt(pads.get(1), "pads")), false);
    }

    /** A size from the file that must fit an int: refused with the attribute's name otherwise. */
    static int toInt(long value, String what) {
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(Messages.text("onnx.int.range", what, value));
        }
        return (int) value;
    }
}
