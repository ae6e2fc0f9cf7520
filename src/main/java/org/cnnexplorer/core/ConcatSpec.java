package org.cnnexplorer.core;

/** Joins feature maps of equal height and width along the channel axis (GoogLeNet's modules). */
public record ConcatSpec() implements LayerSpec {

    @Override
    public LayerKind layerKind() {
        return LayerKind.CONCAT;
    }

    @Override
    public String settings() {
        return "";
    }

    @Override
    public Shape outputShape(LayerInputs inputs) {
        Shape first = inputs.shape();
        long channels = 0;
        for (int i = 0; i < inputs.count(); i++) {
            Shape shape = inputs.shapes().get(i);
            if (shape.flat() != first.flat() || shape.height() != first.height() || shape.width() != first.width()) {
                throw new ShapeException("problem.concat.size", inputs.describe(0), inputs.describe(i));
            }
            channels += shape.channels();
        }
        return new Shape(Counts.dimension("core.count.concatChannels", channels), first.height(), first.width(),
                first.flat());
    }

    @Override
    public int arity() {
        return MANY;
    }
}
