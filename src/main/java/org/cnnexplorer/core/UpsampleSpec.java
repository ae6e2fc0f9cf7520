package org.cnnexplorer.core;

import java.util.List;
import org.cnnexplorer.i18n.Messages;

/**
 * Upsampling by a whole {@code scale} per axis or to a fixed {@code size}, as PyTorch's
 * {@code nn.Upsample}: {@code nearest} copies each value ({@code out = in * scale}), {@code bilinear}
 * interpolates between the four nearest values, with {@code alignCorners} as PyTorch's
 * {@code align_corners}. No parameters and no MACs (it has no weights); other ops per sample: none
 * for nearest (a copy), 4 per output value for bilinear (its weighted sum of four values, fvcore's
 * count). Exactly one of {@code scale} and {@code size} is given.
 */
public record UpsampleSpec(Size2d scale, Size2d size, Mode mode, boolean alignCorners) implements LayerSpec {

    /** How a new value is made. */
    public enum Mode {
        NEAREST("nearest"), BILINEAR("bilinear");

        private final String id;

        Mode(String id) {
            this.id = id;
        }

        /** The name in model files. */
        public String id() {
            return id;
        }
    }

    /** Other ops per output value of a bilinear upsampling. */
    public static final int BILINEAR_OPS = 4;

    public UpsampleSpec {
        if ((scale == null) == (size == null)) {
            throw new SpecException("core.spec.upsample.choice");
        }
        if (scale != null && (scale.height() < 1 || scale.width() < 1)) {
            throw new SpecException("core.spec.upsample.scale");
        }
        if (size != null && (size.height() < 1 || size.width() < 1)) {
            throw new SpecException("core.spec.upsample.size");
        }
        if (mode == null) {
            throw new SpecException("core.spec.upsample.mode");
        }
        if (alignCorners && mode != Mode.BILINEAR) {
            throw new SpecException("core.spec.upsample.align");
        }
    }

    /** Nearest-neighbour upsampling by a whole factor on both axes. */
    public static UpsampleSpec nearest(int scale) {
        return new UpsampleSpec(Size2d.square(scale), null, Mode.NEAREST, false);
    }

    @Override
    public LayerKind layerKind() {
        return LayerKind.UPSAMPLE;
    }

    @Override
    public String settings() {
        return (scale != null ? "x" + scale : Messages.text("core.settings.to", size.height() + "x" + size.width()))
                + " " + mode.id() + (alignCorners ? " " + Messages.text("core.settings.aligned") : "");
    }

    @Override
    public Shape outputShape(LayerInputs inputs) {
        Shape in = inputs.shape();
        SlidingWindow.requireFeatureMap(in, "upsample");
        if (size != null) {
            return Shape.of(in.channels(), size.height(), size.width());
        }
        return Shape.of(in.channels(),
                Counts.dimension("core.figure.outHeight", (long) in.height() * scale.height()),
                Counts.dimension("core.figure.outWidth", (long) in.width() * scale.width()));
    }

    @Override
    public long otherOps(LayerInputs inputs, Shape output) {
        return mode == Mode.BILINEAR ? Counts.multiply("core.count.otherOps", output.elements(), BILINEAR_OPS) : 0;
    }

    @Override
    public ReceptiveField receptiveField(List<ReceptiveField> inputs, LayerInputs shapes) {
        Shape in = shapes.shape();
        Shape out = outputShape(shapes);
        return inputs.get(0).upsampled(mode == Mode.BILINEAR, new Size2d(in.height(), in.width()),
                new Size2d(out.height(), out.width()));
    }
}
