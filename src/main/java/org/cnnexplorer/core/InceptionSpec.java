package org.cnnexplorer.core;

import java.util.List;

/**
 * An inception module (Szegedy et al. 2014): four parallel branches concatenated along channels:
 * 1x1 ({@code c1}); 1x1 reduce then 3x3 ({@code c3}); 1x1 reduce then a {@code c5Kernel} conv
 * ({@code c5}; torchvision uses 3x3 where the paper has 5x5); 3x3 max-pool (stride 1, ceil mode)
 * then 1x1 ({@code poolProj}). With {@code batchNorm}, every conv is bias-free and followed by
 * batch norm (eps 0.001) as in torchvision; otherwise convs have biases as in the paper.
 * Output channels {@code c1 + c3 + c5 + poolProj}.
 */
public record InceptionSpec(int c1, int c3Reduce, int c3, int c5Reduce, int c5, int poolProj, int c5Kernel,
                            boolean batchNorm) implements BlockSpec {

    private static final double TORCHVISION_BN_EPSILON = 1e-3;

    public InceptionSpec {
        if (c1 < 1 || c3Reduce < 1 || c3 < 1 || c5Reduce < 1 || c5 < 1 || poolProj < 1) {
            throw new SpecException("core.spec.inception.filters");
        }
        if (c5Kernel < 1 || c5Kernel % 2 == 0) {
            throw new SpecException("core.spec.inception.kernel", c5Kernel);
        }
    }

    @Override
    public LayerKind layerKind() {
        return LayerKind.INCEPTION;
    }

    @Override
    public String settings() {
        return c1 + "/" + c3Reduce + ">" + c3 + "/" + c5Reduce + ">" + c5 + "/" + poolProj;
    }

    /** Output channels of the module. */
    public int outputChannels() {
        return Counts.dimension("core.count.inceptionChannels", (long) c1 + c3 + c5 + poolProj);
    }

    @Override
    public Expansion expand(String name, List<String> inputs, Shape input) {
        String in = inputs.get(0);
        NodeChain chain = NodeChain.from(name, in);
        String b1 = chain.branch("branch1", in).convUnit("", conv(c1, 1), batchNorm, TORCHVISION_BN_EPSILON).last();
        String b2 = chain.branch("branch2", in).convUnit("0", conv(c3Reduce, 1), batchNorm, TORCHVISION_BN_EPSILON)
                .convUnit("1", conv(c3, 3), batchNorm, TORCHVISION_BN_EPSILON).last();
        String b3 = chain.branch("branch3", in).convUnit("0", conv(c5Reduce, 1), batchNorm, TORCHVISION_BN_EPSILON)
                .convUnit("1", conv(c5, c5Kernel), batchNorm, TORCHVISION_BN_EPSILON).last();
        String b4 = chain.branch("branch4", in).add("0", PoolSpec.max(3, 1, 1, true))
                .convUnit("1", conv(poolProj, 1), batchNorm, TORCHVISION_BN_EPSILON).last();
        return chain.addReading("concat", new ConcatSpec(), List.of(b1, b2, b3, b4)).finish();
    }

    private Conv2dSpec conv(int filters, int kernel) {
        return Conv2dSpec.of(filters, kernel, 1, kernel / 2, !batchNorm);
    }
}
