package org.cnnexplorer.core;

import java.util.List;

/**
 * A DenseNet transition layer (Huang et al. 2017), as torchvision's {@code _Transition}: batch norm
 * ({@code norm}), ReLU ({@code relu}), 1x1 conv without bias to {@code filters} channels
 * ({@code conv}; DenseNet-BC halves the channels, compression 0.5) and 2x2 average pooling with
 * stride 2 ({@code pool}). Parameters {@code 2 C + C filters}; MACs {@code H W C filters}; output
 * {@code filters x floor(H/2) x floor(W/2)}.
 */
public record TransitionSpec(int filters) implements BlockSpec {

    public TransitionSpec {
        if (filters < 1) {
            throw new SpecException("core.spec.transition");
        }
    }

    @Override
    public LayerKind layerKind() {
        return LayerKind.TRANSITION;
    }

    @Override
    public String settings() {
        return ">" + filters + " /2";
    }

    @Override
    public Expansion expand(String name, List<String> inputs, Shape input) {
        return NodeChain.from(name, inputs.get(0))
                .add("norm", BatchNormSpec.standard())
                .add("relu", new ActivationSpec(Activation.RELU))
                .add("conv", Conv2dSpec.of(filters, 1, 1, 0, false))
                .add("pool", PoolSpec.avg(2, 2))
                .finish();
    }
}
