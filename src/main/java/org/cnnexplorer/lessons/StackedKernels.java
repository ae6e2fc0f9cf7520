package org.cnnexplorer.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cnnexplorer.core.Activation;
import org.cnnexplorer.core.ActivationSpec;
import org.cnnexplorer.core.Conv2dSpec;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.NodeSpec;
import org.cnnexplorer.core.Shape;

/**
 * One {@code k x k} convolution against {@code n = (k - 1) / 2} stacked 3x3 convolutions (VGG's
 * argument, Simonyan and Zisserman 2014): both see a {@code k x k} window, the stack needs
 * {@code 9n C^2} weights instead of {@code k^2 C^2} (18 against 25 for k = 5, 27 against 49 for
 * k = 7) and applies {@code n} non-linearities instead of one. All convolutions keep {@code C}
 * channels, are bias-free and padded to keep the size.
 */
public record StackedKernels(int kernel, int channels, int size) implements Lesson {

    public StackedKernels {
        LessonParameter.check("kernel", kernel, 5, 11);
        if (kernel % 2 == 0) {
            throw new IllegalArgumentException("kernel must be odd (5, 7, 9 or 11), got " + kernel);
        }
        LessonParameter.check("channels", channels, 1, 4096);
        LessonParameter.check("size", size, kernel, 512);
    }

    /** The study notes' case: 5x5 against two 3x3 on 64 channels of a 56x56 map. */
    public static StackedKernels fiveByFive() {
        return new StackedKernels(5, 64, 56);
    }

    /** Three 3x3 against one 7x7. */
    public static StackedKernels sevenBySeven() {
        return new StackedKernels(7, 64, 56);
    }

    /** How many 3x3 convolutions see as far as one {@code kernel x kernel}. */
    public int stacked() {
        return (kernel - 1) / 2;
    }

    @Override
    public String id() {
        return "stacked-" + kernel + "x" + kernel;
    }

    @Override
    public String title() {
        return "One " + kernel + "x" + kernel + " or " + stacked() + " stacked 3x3 convolutions";
    }

    @Override
    public String text() {
        return "Two 3x3 convolutions in a row see a 5x5 window of their input, three see 7x7: each adds 2 to the"
                + " receptive field. The stack sees as far as one large kernel with fewer weights (9 per input"
                + " and output channel per layer instead of k*k) and puts a ReLU after every layer, so the"
                + " function it can learn is more non-linear. VGG builds everything from 3x3 kernels for this"
                + " reason.";
    }

    @Override
    public List<LessonParameter> parameters() {
        return List.of(new LessonParameter("kernel", "large kernel k", kernel, 5, 11, 2),
                new LessonParameter("channels", "channels C", channels, 1, 4096, 16),
                new LessonParameter("size", "feature map size", size, kernel, 512, 1));
    }

    @Override
    public Lesson with(String parameter, int value) {
        return switch (parameter) {
            case "kernel" -> new StackedKernels(value, channels, Math.max(size, value));
            case "channels" -> new StackedKernels(kernel, value, size);
            case "size" -> new StackedKernels(kernel, channels, value);
            default -> throw Lesson.unknown(this, parameter);
        };
    }

    @Override
    public List<NetworkSpec> networks() {
        Shape input = Shape.of(channels, size, size);
        List<NodeSpec> one = List.of(NodeSpec.of("conv" + kernel + "x" + kernel, conv(kernel)),
                NodeSpec.of("relu", new ActivationSpec(Activation.RELU)));
        List<NodeSpec> stack = new ArrayList<>();
        for (int i = 1; i <= stacked(); i++) {
            stack.add(NodeSpec.of("conv3x3_" + i, conv(3)));
            stack.add(NodeSpec.of("relu" + i, new ActivationSpec(Activation.RELU)));
        }
        return List.of(
                new NetworkSpec("one-" + kernel + "x" + kernel, "one " + kernel + "x" + kernel, "", "", input, 10,
                        one, Map.of()),
                new NetworkSpec(stacked() + "x3x3", stacked() + " stacked 3x3", "", "", input, 10, stack,
                        Map.of()));
    }

    @Override
    public List<String> points(List<NetworkReport> reports) {
        NetworkReport one = reports.get(0);
        NetworkReport stack = reports.get(1);
        LayerReport last = stack.layers().get(stack.layers().size() - 1);
        LayerReport big = one.layers().get(one.layers().size() - 1);
        long c2 = (long) channels * channels;
        long oneParams = one.totals().params();
        long stackParams = stack.totals().params();
        return List.of(
                "Receptive field: " + big.receptiveField().sizeText() + " for the " + kernel + "x" + kernel
                        + ", " + last.receptiveField().sizeText() + " for the stack of " + stacked() + ".",
                "Weights: " + kernel * kernel + "*C^2 = " + kernel * kernel + "*" + Numbers.grouped(c2) + " = "
                        + Numbers.grouped(oneParams) + " against " + 9 * stacked() + "*C^2 = "
                        + Numbers.grouped(stackParams) + " (" + Numbers.percent(oneParams - stackParams, oneParams)
                        + " fewer).",
                "Multiply-accumulates per image: " + Numbers.grouped(one.totals().macs()) + " against "
                        + Numbers.grouped(stack.totals().macs()) + ".",
                "Non-linearities: 1 against " + stacked() + ".");
    }

    private Conv2dSpec conv(int k) {
        return Conv2dSpec.of(channels, k, 1, k / 2, false);
    }
}
