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
import org.cnnexplorer.i18n.Messages;

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
            throw new IllegalArgumentException(Messages.text("lesson.stacked.oddKernel", kernel));
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
        return Messages.text("lesson.stacked.title", kernel, stacked());
    }

    @Override
    public String text() {
        return Messages.text("lesson.stacked.text");
    }

    @Override
    public List<LessonParameter> parameters() {
        return List.of(new LessonParameter("kernel", Messages.text("lesson.stacked.kernel"), kernel, 5, 11, 2),
                new LessonParameter("channels", Messages.text("lesson.plainres.channels"), channels, 1, 4096, 16),
                new LessonParameter("size", Messages.text("lesson.param.size"), size, kernel, 512, 1));
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
                new NetworkSpec("one-" + kernel + "x" + kernel, Messages.text("lesson.stacked.one", kernel), "", "",
                        input, 10,
                        one, Map.of()),
                new NetworkSpec(stacked() + "x3x3", Messages.text("lesson.stacked.stack", stacked()), "", "", input, 10,
                        stack,
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
                Messages.text("lesson.stacked.point.field", big.receptiveField().sizeText(), kernel,
                        last.receptiveField().sizeText(), stacked()),
                Messages.text("lesson.stacked.point.weights", kernel * kernel, Numbers.grouped(c2),
                        Numbers.grouped(oneParams), 9 * stacked(), Numbers.grouped(stackParams),
                        Numbers.percent(oneParams - stackParams, oneParams)),
                Messages.text("lesson.stacked.point.macs", Numbers.grouped(one.totals().macs()),
                        Numbers.grouped(stack.totals().macs())),
                Messages.text("lesson.stacked.point.nonlinear", stacked()));
    }

    private Conv2dSpec conv(int k) {
        return Conv2dSpec.of(channels, k, 1, k / 2, false);
    }
}
