package org.cnnexplorer.lessons;

import java.util.List;
import java.util.Map;

import org.cnnexplorer.core.Conv2dSpec;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.NodeSpec;
import org.cnnexplorer.core.Shape;

/**
 * The 1x1 bottleneck (Lin et al. 2013, GoogLeNet 2014): a {@code k x k} convolution from
 * {@code in} to {@code out} channels on an {@code s x s} map costs {@code s^2 * out * in * k^2}
 * multiply-accumulates; reducing to {@code r} channels with a 1x1 convolution first costs
 * {@code s^2 * r * in + s^2 * out * r * k^2}. The study notes' case, 32x32x200 to 32 channels with
 * 5x5 kernels and r = 16: 163,840,000 against 16,384,000. Bias-free, padded to keep the size.
 */
public record BottleneckReduction(int size, int inChannels, int outChannels, int kernel, int reduced)
        implements Lesson {

    public BottleneckReduction {
        LessonParameter.check("size", size, 1, 1024);
        LessonParameter.check("in", inChannels, 1, 8192);
        LessonParameter.check("out", outChannels, 1, 8192);
        LessonParameter.check("kernel", kernel, 1, 11);
        LessonParameter.check("reduced", reduced, 1, 8192);
        if (kernel % 2 == 0) {
            throw new IllegalArgumentException("kernel must be odd so that padding keeps the size, got " + kernel);
        }
    }

    /** The study notes' numbers: 32x32x200 input, 5x5 to 32 channels, reduction to 16. */
    public static BottleneckReduction studyNotes() {
        return new BottleneckReduction(32, 200, 32, 5, 16);
    }

    @Override
    public String id() {
        return "bottleneck";
    }

    @Override
    public String title() {
        return "The 1x1 bottleneck";
    }

    @Override
    public String text() {
        return "A 1x1 convolution mixes channels at each position without looking around. Put before an"
                + " expensive convolution, it first squeezes the input to a few channels, and the large kernel"
                + " then works on those. GoogLeNet's inception modules and ResNet's bottleneck blocks use it to"
                + " cut the multiplications by about ten while keeping the output size.";
    }

    @Override
    public List<LessonParameter> parameters() {
        return List.of(new LessonParameter("size", "feature map size", size, 1, 1024, 1),
                new LessonParameter("in", "input channels", inChannels, 1, 8192, 8),
                new LessonParameter("out", "output channels", outChannels, 1, 8192, 8),
                new LessonParameter("kernel", "kernel k", kernel, 1, 11, 2),
                new LessonParameter("reduced", "1x1 reduction to", reduced, 1, 8192, 4));
    }

    @Override
    public Lesson with(String parameter, int value) {
        return switch (parameter) {
            case "size" -> new BottleneckReduction(value, inChannels, outChannels, kernel, reduced);
            case "in" -> new BottleneckReduction(size, value, outChannels, kernel, reduced);
            case "out" -> new BottleneckReduction(size, inChannels, value, kernel, reduced);
            case "kernel" -> new BottleneckReduction(size, inChannels, outChannels, value, reduced);
            case "reduced" -> new BottleneckReduction(size, inChannels, outChannels, kernel, value);
            default -> throw Lesson.unknown(this, parameter);
        };
    }

    @Override
    public List<NetworkSpec> networks() {
        Shape input = Shape.of(inChannels, size, size);
        String big = "conv" + kernel + "x" + kernel;
        return List.of(
                new NetworkSpec("direct", big + " directly", "", "", input, 10,
                        List.of(NodeSpec.of(big, conv(outChannels, kernel))), Map.of()),
                new NetworkSpec("reduced", "1x1 to " + reduced + ", then " + big, "", "", input, 10,
                        List.of(NodeSpec.of("reduce1x1", conv(reduced, 1)),
                                NodeSpec.of(big, conv(outChannels, kernel))), Map.of()));
    }

    @Override
    public List<String> points(List<NetworkReport> reports) {
        long direct = reports.get(0).totals().macs();
        long reducedMacs = reports.get(1).totals().macs();
        long area = (long) size * size;
        return List.of(
                "Directly: " + size + "*" + size + " positions * " + outChannels + " filters * " + inChannels
                        + " channels * " + kernel + "*" + kernel + " = " + Numbers.grouped(direct)
                        + " multiplications (" + Numbers.millions(direct) + ").",
                "With the 1x1 reduction: " + Numbers.grouped(area * reduced * inChannels) + " + "
                        + Numbers.grouped(area * outChannels * reduced * kernel * kernel) + " = "
                        + Numbers.grouped(reducedMacs) + " (" + Numbers.millions(reducedMacs) + ").",
                "That is " + Numbers.ratio(direct, reducedMacs) + " fewer multiplications and "
                        + Numbers.grouped(reports.get(0).totals().params()) + " against "
                        + Numbers.grouped(reports.get(1).totals().params()) + " weights, for the same "
                        + reports.get(0).output() + " output.");
    }

    private static Conv2dSpec conv(int filters, int k) {
        return Conv2dSpec.of(filters, k, 1, k / 2, false);
    }
}
