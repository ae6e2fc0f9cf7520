package org.cnnexplorer.core;

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
    INPUT("input", "network input", Category.INPUT, InputSpec.class),
    CONV2D("conv2d", "2-D convolution", Category.CONV, Conv2dSpec.class),
    MAXPOOL("maxpool", "max pooling", Category.POOL, PoolSpec.class),
    AVGPOOL("avgpool", "average pooling", Category.POOL, PoolSpec.class),
    GLOBAL_AVGPOOL("global-avgpool", "global average pooling", Category.POOL, AdaptiveAvgPoolSpec.class),
    ADAPTIVE_AVGPOOL("adaptive-avgpool", "adaptive average pooling", Category.POOL, AdaptiveAvgPoolSpec.class),
    DENSE("dense", "fully connected layer", Category.DENSE, DenseSpec.class),
    FLATTEN("flatten", "flatten", Category.RESHAPE, FlattenSpec.class),
    BATCHNORM("batchnorm", "batch normalisation", Category.NORM, BatchNormSpec.class),
    LRN("lrn", "local response normalisation", Category.NORM, LrnSpec.class),
    DROPOUT("dropout", "dropout", Category.NORM, DropoutSpec.class),
    RELU("relu", "ReLU activation", Category.ACTIVATION, ActivationSpec.class),
    RELU6("relu6", "ReLU6 activation, min(max(x, 0), 6) (MobileNet)", Category.ACTIVATION, ActivationSpec.class),
    TANH("tanh", "tanh activation", Category.ACTIVATION, ActivationSpec.class),
    SIGMOID("sigmoid", "sigmoid activation", Category.ACTIVATION, ActivationSpec.class),
    HARD_SIGMOID("hard-sigmoid", "hard sigmoid activation, relu6(x + 3) / 6", Category.ACTIVATION,
            ActivationSpec.class),
    SWISH("swish", "swish (SiLU) activation, x * sigmoid(x)", Category.ACTIVATION, ActivationSpec.class),
    HARD_SWISH("hard-swish", "hard swish activation, x * relu6(x + 3) / 6 (MobileNet v3)", Category.ACTIVATION,
            ActivationSpec.class),
    LEAKY_RELU("leaky-relu", "leaky ReLU activation, max(x, slope * x)", Category.ACTIVATION, LeakyReluSpec.class),
    MISH("mish", "mish activation, x * tanh(softplus(x))", Category.ACTIVATION, ActivationSpec.class),
    MULTIPLY("multiply", "element-wise product (squeeze-and-excitation scale)", Category.MERGE,
            MultiplySpec.class),
    SOFTMAX("softmax", "softmax", Category.ACTIVATION, ActivationSpec.class),
    CONCAT("concat", "channel concatenation", Category.MERGE, ConcatSpec.class),
    ADD("add", "element-wise addition", Category.MERGE, AddSpec.class),
    CONV_TRANSPOSE2D("conv-transpose2d", "2-D transposed convolution", Category.CONV,
            ConvTranspose2dSpec.class),
    UPSAMPLE("upsample", "upsampling (nearest or bilinear)", Category.RESHAPE, UpsampleSpec.class),
    SLICE("slice", "channel slice", Category.RESHAPE, SliceSpec.class),
    CHANNEL_SHUFFLE("channel-shuffle", "channel shuffle", Category.RESHAPE, ChannelShuffleSpec.class),
    CROP("crop", "centre crop", Category.RESHAPE, CropSpec.class),
    INCEPTION("inception", "inception module", Category.BLOCK, InceptionSpec.class),
    RESIDUAL_STAGE("residual-stage", "residual stage", Category.BLOCK, ResidualStageSpec.class),
    BOTTLENECK("bottleneck", "bottleneck residual block", Category.BLOCK, ResidualBlockSpec.class),
    BASIC_BLOCK("basic-block", "basic residual block", Category.BLOCK, ResidualBlockSpec.class),
    REPEAT("repeat", "repeated layers", Category.BLOCK, RepeatSpec.class),
    SEPARABLE("separable", "depthwise-separable convolution", Category.BLOCK, SeparableSpec.class),
    SQUEEZE_EXCITATION("squeeze-excitation", "squeeze-and-excitation block", Category.BLOCK,
            SqueezeExcitationSpec.class),
    INVERTED_RESIDUAL("inverted-residual", "inverted residual block (MBConv)", Category.BLOCK,
            InvertedResidualSpec.class),
    INVERTED_RESIDUAL_STAGE("inverted-residual-stage", "stage of inverted residual blocks (MBConv stage)",
            Category.BLOCK, InvertedResidualStageSpec.class),
    DENSE_BLOCK("dense-block", "dense block", Category.BLOCK, DenseBlockSpec.class),
    TRANSITION("transition", "DenseNet transition layer", Category.BLOCK, TransitionSpec.class),
    CSP_STAGE("csp-stage", "cross stage partial stage (CSPNet)", Category.BLOCK, CspStageSpec.class),
    FCN_HEAD("fcn-head", "FCN-8s skip head (2x, add, 2x, add, 8x)", Category.BLOCK, FcnHeadSpec.class);

    /** What a kind does, for the graph's colours and the charts' choice of layers. */
    public enum Category { INPUT, CONV, POOL, DENSE, NORM, ACTIVATION, MERGE, RESHAPE, BLOCK }

    private final String id;
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

    /** A few words for people, e.g. "2-D convolution". */
    public String title() {
        return title;
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
