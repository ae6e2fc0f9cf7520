package org.cnnexplorer.core;

import java.util.List;

/**
 * One primitive layer. Each layer knows its output shape and its costs from its input shapes,
 * in the manner of DJL's {@code Block.getOutputShapes}.
 */
public sealed interface LayerSpec extends ElementSpec
        permits InputSpec, Conv2dSpec, PoolSpec, AdaptiveAvgPoolSpec, DenseSpec, FlattenSpec, BatchNormSpec,
        LrnSpec, DropoutSpec, ActivationSpec, LeakyReluSpec, ConcatSpec, AddSpec, MultiplySpec, ConvTranspose2dSpec,
        UpsampleSpec, SliceSpec, ChannelShuffleSpec, CropSpec, UnexpandedBlockSpec {

    /** The output shape, or a {@link ShapeException} saying why there is none. */
    Shape outputShape(LayerInputs inputs);

    /** Learnable parameters (weights and biases). */
    default long params(LayerInputs inputs) {
        return 0;
    }

    /** Non-learnable state saved with the model, such as batch-norm running statistics. */
    default long buffers(LayerInputs inputs) {
        return 0;
    }

    /** Multiply-accumulates per sample (convolutions and dense layers only, biases excluded). */
    default long macs(LayerInputs inputs, Shape output) {
        return 0;
    }

    /** Other arithmetic per sample: pooling, activations, normalisation, additions. */
    default long otherOps(LayerInputs inputs, Shape output) {
        return 0;
    }

    /** The receptive field of the output, given those of the inputs. */
    default ReceptiveField receptiveField(List<ReceptiveField> inputs, LayerInputs shapes) {
        return inputs.stream().reduce(ReceptiveField::union).orElse(ReceptiveField.PIXEL);
    }

    /** How many inputs the layer takes: 1, an exact count (a crop to a second input's size), or {@link #MANY}. */
    default int arity() {
        return 1;
    }

    /** False for views (flatten), whose output shares the input's memory. */
    default boolean storesActivation() {
        return true;
    }

    /** True for layers with weights (conv, dense), which count towards a network's depth. */
    default boolean isWeightLayer() {
        return false;
    }

    /** True for a conv or dense layer that adds a bias to each output value. */
    default boolean hasBias() {
        return false;
    }

    /** Two or more inputs. */
    int MANY = -1;
}
