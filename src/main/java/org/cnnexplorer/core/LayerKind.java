package org.cnnexplorer.core;

import org.cnnexplorer.i18n.Messages;

/**
 * Every kind of layer or block, one constant per type name of the model files: its id, a title
 * for people, the {@link Category} that sets its colour in the graph and whether the charts plot
 * it, and the spec class that holds its settings (several kinds may share one class, e.g. max
 * and average pooling).
 *
 * <p>Code that treats kinds differently switches over this enum in a switch <em>expression</em>
 * without {@code default}. Java 17 checks those for exhaustiveness (it does not check type-pattern
 * switches over the sealed {@link ElementSpec}, a preview feature there), so a new constant does
 * not compile until every such place has decided what to do with it. {@code LayerKindTest} ties
 * the constants to the sealed hierarchy. The checklist: docs/architecture.md, "How to add a layer
 * kind"; the choice: docs/decisions/0007-layer-kinds.md.
 */
public enum LayerKind {
    INPUT("input", "core.kind.input", Category.INPUT, InputSpec.class),
    CONV2D("conv2d", "core.kind.conv2d", Category.CONV, Conv2dSpec.class),
    MAXPOOL("maxpool", "core.kind.maxpool", Category.POOL, PoolSpec.class),
    AVGPOOL("avgpool", "core.kind.avgpool", Category.POOL, PoolSpec.class),
    GLOBAL_AVGPOOL("global-avgpool", "core.kind.globalAvgpool", Category.POOL, AdaptiveAvgPoolSpec.class),
    ADAPTIVE_AVGPOOL("adaptive-avgpool", "core.kind.adaptiveAvgpool", Category.POOL, AdaptiveAvgPoolSpec.class),
    DENSE("dense", "core.kind.dense", Category.DENSE, DenseSpec.class),
    FLATTEN("flatten", "core.kind.flatten", Category.RESHAPE, FlattenSpec.class),
    BATCHNORM("batchnorm", "core.kind.batchnorm", Category.NORM, BatchNormSpec.class),
    LRN("lrn", "core.kind.lrn", Category.NORM, LrnSpec.class),
    DROPOUT("dropout", "core.kind.dropout", Category.NORM, DropoutSpec.class),
    RELU("relu", "core.kind.relu", Category.ACTIVATION, ActivationSpec.class),
    RELU6("relu6", "core.kind.relu6", Category.ACTIVATION, ActivationSpec.class),
    TANH("tanh", "core.kind.tanh", Category.ACTIVATION, ActivationSpec.class),
    SIGMOID("sigmoid", "core.kind.sigmoid", Category.ACTIVATION, ActivationSpec.class),
    HARD_SIGMOID("hard-sigmoid", "core.kind.hardSigmoid", Category.ACTIVATION,
            ActivationSpec.class),
    SWISH("swish", "core.kind.swish", Category.ACTIVATION, ActivationSpec.class),
    HARD_SWISH("hard-swish", "core.kind.hardSwish", Category.ACTIVATION,
            ActivationSpec.class),
    LEAKY_RELU("leaky-relu", "core.kind.leakyRelu", Category.ACTIVATION, LeakyReluSpec.class),
    MISH("mish", "core.kind.mish", Category.ACTIVATION, ActivationSpec.class),
    MULTIPLY("multiply", "core.kind.multiply", Category.MERGE,
            MultiplySpec.class),
    SOFTMAX("softmax", "core.kind.softmax", Category.ACTIVATION, ActivationSpec.class),
    CONCAT("concat", "core.kind.concat", Category.MERGE, ConcatSpec.class),
    ADD("add", "core.kind.add", Category.MERGE, AddSpec.class),
    CONV_TRANSPOSE2D("conv-transpose2d", "core.kind.convTranspose2d", Category.CONV,
            ConvTranspose2dSpec.class),
    UPSAMPLE("upsample", "core.kind.upsample", Category.RESHAPE, UpsampleSpec.class),
    SLICE("slice", "core.kind.slice", Category.RESHAPE, SliceSpec.class),
    CHANNEL_SHUFFLE("channel-shuffle", "core.kind.channelShuffle", Category.RESHAPE, ChannelShuffleSpec.class),
    CROP("crop", "core.kind.crop", Category.RESHAPE, CropSpec.class),
    INCEPTION("inception", "core.kind.inception", Category.BLOCK, InceptionSpec.class),
    RESIDUAL_STAGE("residual-stage", "core.kind.residualStage", Category.BLOCK, ResidualStageSpec.class),
    BOTTLENECK("bottleneck", "core.kind.bottleneck", Category.BLOCK, ResidualBlockSpec.class),
    BASIC_BLOCK("basic-block", "core.kind.basicBlock", Category.BLOCK, ResidualBlockSpec.class),
    REPEAT("repeat", "core.kind.repeat", Category.BLOCK, RepeatSpec.class),
    SEPARABLE("separable", "core.kind.separable", Category.BLOCK, SeparableSpec.class),
    SQUEEZE_EXCITATION("squeeze-excitation", "core.kind.squeezeExcitation", Category.BLOCK,
            SqueezeExcitationSpec.class),
    INVERTED_RESIDUAL("inverted-residual", "core.kind.invertedResidual", Category.BLOCK,
            InvertedResidualSpec.class),
    INVERTED_RESIDUAL_STAGE("inverted-residual-stage", "core.kind.invertedResidualStage",
            Category.BLOCK, InvertedResidualStageSpec.class),
    DENSE_BLOCK("dense-block", "core.kind.denseBlock", Category.BLOCK, DenseBlockSpec.class),
    TRANSITION("transition", "core.kind.transition", Category.BLOCK, TransitionSpec.class),
    CSP_STAGE("csp-stage", "core.kind.cspStage", Category.BLOCK, CspStageSpec.class),
    FCN_HEAD("fcn-head", "core.kind.fcnHead", Category.BLOCK, FcnHeadSpec.class);

    /** What a kind does, for the graph's colours and the charts' choice of layers. */
    public enum Category { INPUT, CONV, POOL, DENSE, NORM, ACTIVATION, MERGE, RESHAPE, BLOCK }

    private final String id;
    /** The message key of {@link #title()}. */
    private final String title;
    private final Category category;
    private final Class<? extends ElementSpec> specClass;

    LayerKind(String id, String title, Category category, Class<? extends ElementSpec> specClass) {
        this.id = id;
        this.title = title;
        this.category = category;
        this.specClass = specClass;
    }

    /** The type name in model files and tables, e.g. {@code conv2d}. */
    public String id() {
        return id;
    }

    /** A few words for people in the current language, e.g. "2-D convolution". */
    public String title() {
        return Messages.text(title);
    }

    public Category category() {
        return category;
    }

    /** The record that holds this kind's settings. */
    public Class<? extends ElementSpec> specClass() {
        return specClass;
    }

    /** Blocks expand into layers before analysis; everything else is a primitive layer. */
    public boolean isBlock() {
        return category == Category.BLOCK;
    }
}
