package org.cnnexplorer.lessons;

import java.util.List;
import java.util.Map;

import org.cnnexplorer.core.Conv2dSpec;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.NodeSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.i18n.Messages;

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
            throw new IllegalArgumentException(Messages.text("lesson.bottleneck.oddKernel", kernel));
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
        return Messages.text("lesson.bottleneck.title");
    }

    @Override
    public String text() {
        return Messages.text("lesson.bottleneck.text");
    }

    @Override
    public List<LessonParameter> parameters() {
        return List.of(new LessonParameter("size", Messages.text("lesson.param.size"), size, 1, 1024, 1),
                new LessonParameter("in", Messages.text("lesson.param.in"), inChannels, 1, 8192, 8),
                new LessonParameter("out", Messages.text("lesson.param.out"), outChannels, 1, 8192, 8),
                new LessonParameter("kernel", Messages.text("lesson.bottleneck.kernel"), kernel, 1, 11, 2),
                new LessonParameter("reduced", Messages.text("lesson.bottleneck.reduced"), reduced, 1, 8192, 4));
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
                new NetworkSpec("direct", Messages.text("lesson.bottleneck.direct", big), "", "", input, 10,
                        List.of(NodeSpec.of(big, conv(outChannels, kernel))), Map.of()),
                new NetworkSpec("reduced", Messages.text("lesson.bottleneck.reducedNet", reduced, big), "", "",
                        input, 10,
                        List.of(NodeSpec.of("reduce1x1", conv(reduced, 1)),
                                NodeSpec.of(big, conv(outChannels, kernel))), Map.of()));
    }

    @Override
    public List<String> points(List<NetworkReport> reports) {
        long direct = reports.get(0).totals().macs();
        long reducedMacs = reports.get(1).totals().macs();
        long area = (long) size * size;
        return List.of(
                Messages.text("lesson.bottleneck.point.direct", size, outChannels, inChannels, kernel,
                        Numbers.grouped(direct), Numbers.millions(direct)),
                Messages.text("lesson.bottleneck.point.reduced", Numbers.grouped(area * reduced * inChannels),
                        Numbers.grouped(area * outChannels * reduced * kernel * kernel), Numbers.grouped(reducedMacs),
                        Numbers.millions(reducedMacs)),
                Messages.text("lesson.bottleneck.point.saving", Numbers.ratio(direct, reducedMacs),
                        Numbers.grouped(reports.get(0).totals().params()),
                        Numbers.grouped(reports.get(1).totals().params()), reports.get(0).output()));
    }

    private static Conv2dSpec conv(int filters, int k) {
        return Conv2dSpec.of(filters, k, 1, k / 2, false);
    }
}
