package org.cnnexplorer.core;

import java.util.List;
import org.cnnexplorer.i18n.Messages;

/**
 * A centre crop to a fixed {@code size}, or (when {@code size} is null) to the height and width of
 * a second input, as U-Net's crop-and-concat ({@code inputs: ["enc4", "up4"]}). The first
 * {@code round((in - out) / 2)} rows and columns are dropped, rounding half to even as
 * torchvision's {@code CenterCrop} does (Python's {@code round}): {@code (in - out) // 2}, except
 * one more when the margin {@code in - out} is 3 more than a multiple of 4 (a margin of 3 drops 2
 * at the top). Channels are kept. No parameters or arithmetic; the receptive field is that of the
 * first input.
 */
public record CropSpec(Size2d size) implements LayerSpec {

    public CropSpec {
        if (size != null && (size.height() < 1 || size.width() < 1)) {
            throw new SpecException("core.spec.crop.size");
        }
    }

    /** A crop to the height and width of the second input. */
    public static CropSpec toSecondInput() {
        return new CropSpec(null);
    }

    @Override
    public LayerKind layerKind() {
        return LayerKind.CROP;
    }

    @Override
    public String settings() {
        return Messages.text("core.settings.to", size == null ? Messages.text("core.settings.secondInput")
                : size.height() + "x" + size.width());
    }

    @Override
    public Shape outputShape(LayerInputs inputs) {
        Shape in = inputs.shape();
        SlidingWindow.requireFeatureMap(in, "crop");
        Size2d target = size;
        if (target == null) {
            Shape reference = inputs.shapes().get(1);
            SlidingWindow.requireFeatureMap(reference, Message.of("problem.crop.second"));
            target = new Size2d(reference.height(), reference.width());
        }
        if (target.height() > in.height() || target.width() > in.width()) {
            Object source = size == null ? inputs.describe(1) : Message.of("problem.crop.size", size);
            throw new ShapeException("problem.crop.larger", inputs.describe(0), target.height() + "x" + target.width(),
                    source);
        }
        return Shape.of(in.channels(), target.height(), target.width());
    }

    /** Rows and columns dropped at the top and left, as torchvision: {@code (in - out) / 2} rounded half to even. */
    public static Size2d offset(Shape input, Shape output) {
        return new Size2d(before(input.height() - output.height()), before(input.width() - output.width()));
    }

    private static int before(int margin) {
        return margin % 4 == 3 ? margin / 2 + 1 : margin / 2;
    }

    @Override
    public ReceptiveField receptiveField(List<ReceptiveField> inputs, LayerInputs shapes) {
        return inputs.get(0);
    }

    @Override
    public int arity() {
        return size == null ? 2 : 1;
    }
}
