package org.cnnexplorer.core;

import java.util.List;

/**
 * Element-wise product of two or more inputs: squeeze-and-excitation's scale (Hu et al. 2018),
 * where a {@code C x 1 x 1} gate multiplies a {@code C x H x W} feature map, each channel by its
 * own factor. An input either has the output's shape or is {@code C x 1 x 1} with its channels,
 * broadcast over height and width, as PyTorch's {@code x * s}; anything else is refused.
 *
 * <p>No parameters and no MACs: as for {@link AddSpec} (decision 0001), the products are other
 * ops, {@code (inputs - 1) x C x H x W}.
 */
public record MultiplySpec() implements LayerSpec {

    @Override
    public LayerKind layerKind() {
        return LayerKind.MULTIPLY;
    }

    @Override
    public String settings() {
        return "";
    }

    /** The largest input's shape; every other input equals it or is its {@code C x 1 x 1}. */
    @Override
    public Shape outputShape(LayerInputs inputs) {
        int widest = 0;
        for (int i = 1; i < inputs.count(); i++) {
            if (inputs.shapes().get(i).elements() > inputs.shapes().get(widest).elements()) {
                widest = i;
            }
        }
        Shape output = inputs.shapes().get(widest);
        for (int i = 0; i < inputs.count(); i++) {
            if (!broadcastsTo(inputs.shapes().get(i), output)) {
                String key = inputs.shapes().get(i).channels() != output.channels() ? "problem.multiply.channels"
                        : "problem.multiply.size";
                throw new ShapeException(key, inputs.describe(i), inputs.describe(widest));
            }
        }
        return output;
    }

    /** Whether {@code input} multiplies {@code output}: the same shape, or one value per channel. */
    public static boolean broadcastsTo(Shape input, Shape output) {
        return input.equals(output) || !input.flat() && !output.flat() && input.channels() == output.channels()
                && input.height() == 1 && input.width() == 1;
    }

    /**
     * A broadcast gate widens what each position sees to the gate's field (a squeeze-and-excitation
     * gate sees the whole image), but the positions keep the feature map's spacing: the size is the
     * widest of the inputs' fields, the jump and stretch those of the inputs with the output's shape.
     * (A union of all inputs would take the gate's jump, the image size, and every later layer would
     * multiply it.)
     */
    @Override
    public ReceptiveField receptiveField(List<ReceptiveField> inputs, LayerInputs shapes) {
        Shape output = outputShape(shapes);
        ReceptiveField spacing = null;
        int height = 0;
        int width = 0;
        for (int i = 0; i < inputs.size(); i++) {
            ReceptiveField field = inputs.get(i);
            height = Math.max(height, field.sizeHeight());
            width = Math.max(width, field.sizeWidth());
            if (shapes.shapes().get(i).equals(output)) {
                spacing = spacing == null ? field : spacing.union(field);
            }
        }
        return new ReceptiveField(height, width, spacing.jumpHeight(), spacing.jumpWidth(), spacing.stretchHeight(),
                spacing.stretchWidth());
    }

    @Override
    public long otherOps(LayerInputs inputs, Shape output) {
        return Counts.multiply("core.count.otherOps", output.elements(), inputs.count() - 1);
    }

    @Override
    public int arity() {
        return MANY;
    }
}
