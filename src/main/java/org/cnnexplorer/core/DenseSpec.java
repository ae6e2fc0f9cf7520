package org.cnnexplorer.core;

import org.cnnexplorer.i18n.Messages;

/**
 * Fully connected layer: weights {@code in x units} plus {@code units} biases; MACs
 * {@code in * units}. Takes a flat input (put a flatten before it). {@code units} equal to
 * {@link #CLASSES} means "the network's number of classes". When {@code inFeatures} is set
 * (non-zero) the layer insists on that input size, as a trained PyTorch {@code Linear} does.
 */
public record DenseSpec(int units, boolean bias, int inFeatures) implements LayerSpec {

    /** Marks the classifier layer, whose width follows the number of classes. */
    public static final int CLASSES = -1;

    public DenseSpec {
        if (units < 1 && units != CLASSES) {
            throw new SpecException("core.spec.dense.units");
        }
        if (inFeatures < 0) {
            throw new SpecException("core.spec.dense.inFeatures");
        }
    }

    public static DenseSpec of(int units) {
        return new DenseSpec(units, true, 0);
    }

    public static DenseSpec classifier() {
        return new DenseSpec(CLASSES, true, 0);
    }

    public boolean isClassifier() {
        return units == CLASSES;
    }

    /** This layer with the class count filled in, if it is the classifier. */
    public DenseSpec resolve(int classes) {
        return isClassifier() ? new DenseSpec(classes, bias, inFeatures) : this;
    }

    @Override
    public LayerKind layerKind() {
        return LayerKind.DENSE;
    }

    @Override
    public String settings() {
        return "-> " + (isClassifier() ? Messages.text("core.settings.classes") : Integer.toString(units));
    }

    @Override
    public Shape outputShape(LayerInputs inputs) {
        Shape in = inputs.shape();
        if (!in.flat()) {
            throw new ShapeException("problem.dense.flat", in);
        }
        if (inFeatures != 0 && in.channels() != inFeatures) {
            throw new ShapeException("problem.dense.features", inFeatures, in.channels(), inputs.names().get(0));
        }
        if (isClassifier()) {
            throw new IllegalStateException("resolve the number of classes before analysis");
        }
        return Shape.vector(units);
    }

    @Override
    public long params(LayerInputs inputs) {
        return Counts.add("core.count.params", Counts.multiply("core.count.params", inputs.shape().channels(), units),
                bias ? units : 0);
    }

    @Override
    public long macs(LayerInputs inputs, Shape output) {
        return Counts.multiply("core.count.macs", inputs.shape().channels(), units);
    }

    @Override
    public boolean hasBias() {
        return bias;
    }

    @Override
    public boolean isWeightLayer() {
        return true;
    }
}
