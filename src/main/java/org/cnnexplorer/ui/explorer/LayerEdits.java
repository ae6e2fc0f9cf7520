package org.cnnexplorer.ui.explorer;

import java.util.List;
import org.cnnexplorer.core.Conv2dSpec;
import org.cnnexplorer.core.DenseSpec;
import org.cnnexplorer.core.ElementSpec;
import org.cnnexplorer.core.InceptionSpec;
import org.cnnexplorer.core.Padding;
import org.cnnexplorer.core.PoolSpec;
import org.cnnexplorer.core.ResidualStageSpec;
import org.cnnexplorer.core.Size2d;

/**
 * Which settings of a layer or block the editor offers, and the element with one of them changed.
 * Kernels, strides and paddings are edited as squares. A changed value the spec rejects throws
 * {@link IllegalArgumentException} with the spec's message.
 */
final class LayerEdits {

    private static final int BIG = 1 << 16;

    private LayerEdits() {
    }

    static List<EditorField> fields(ElementSpec element) {
        if (element instanceof Conv2dSpec c) {
            return List.of(field("filters", "Filters", c.filters(), 1),
                    field("kernel", "Kernel", c.kernel().height(), 1),
                    field("stride", "Stride", c.stride().height(), 1),
                    field("padding", c.padding().same() ? "Padding (same)" : "Padding", c.padding().size().height(),
                            0));
        }
        if (element instanceof PoolSpec p) {
            return List.of(field("kernel", "Kernel", p.kernel().height(), 1), field("stride", "Stride",
                    p.stride().height(), 1), field("padding", "Padding", p.padding().height(), 0));
        }
        if (element instanceof DenseSpec d && !d.isClassifier()) {
            return List.of(field("units", "Units", d.units(), 1));
        }
        if (element instanceof InceptionSpec i) {
            return List.of(field("c1", "1x1", i.c1(), 1), field("c3Reduce", "3x3 reduce", i.c3Reduce(), 1),
                    field("c3", "3x3", i.c3(), 1), field("c5Reduce", "5x5 reduce", i.c5Reduce(), 1),
                    field("c5", i.c5Kernel() + "x" + i.c5Kernel(), i.c5(), 1),
                    field("poolProj", "Pool proj", i.poolProj(), 1));
        }
        if (element instanceof ResidualStageSpec r) {
            return List.of(field("blocks", "Blocks", r.blocks(), 1), field("width", "Width", r.width(), 1),
                    field("stride", "Stride", r.stride(), 1));
        }
        return List.of();
    }

    private static EditorField field(String key, String label, int value, int min) {
        return new EditorField(key, label, value, min, BIG);
    }

    static ElementSpec with(ElementSpec element, String key, int v) {
        if (element instanceof Conv2dSpec c) {
            return new Conv2dSpec(key.equals("filters") ? v : c.filters(), size(key, "kernel", v, c.kernel()),
                    size(key, "stride", v, c.stride()), key.equals("padding") ? Padding.of(v) : c.padding(),
                    c.dilation(), c.groups(), c.bias());
        }
        if (element instanceof PoolSpec p) {
            return new PoolSpec(p.kind(), size(key, "kernel", v, p.kernel()), size(key, "stride", v, p.stride()),
                    size(key, "padding", v, p.padding()), p.ceilMode());
        }
        if (element instanceof DenseSpec d) {
            return new DenseSpec(v, d.bias(), 0);
        }
        if (element instanceof InceptionSpec i) {
            return inception(i, key, v);
        }
        if (element instanceof ResidualStageSpec r) {
            return new ResidualStageSpec(r.kind(), key.equals("blocks") ? v : r.blocks(),
                    key.equals("width") ? v : r.width(), key.equals("stride") ? v : r.stride(), r.strideOn3x3(),
                    r.cardinality());
        }
        throw new IllegalArgumentException(element.type() + " has no setting " + key);
    }

    private static Size2d size(String key, String wanted, int value, Size2d current) {
        if (value < 0) {
            throw new IllegalArgumentException(wanted + " cannot be negative");
        }
        return key.equals(wanted) ? Size2d.square(value) : current;
    }

    private static InceptionSpec inception(InceptionSpec i, String key, int v) {
        return new InceptionSpec(key.equals("c1") ? v : i.c1(), key.equals("c3Reduce") ? v : i.c3Reduce(),
                key.equals("c3") ? v : i.c3(), key.equals("c5Reduce") ? v : i.c5Reduce(), key.equals("c5") ? v : i.c5(),
                key.equals("poolProj") ? v : i.poolProj(), i.c5Kernel(), i.batchNorm());
    }
}
