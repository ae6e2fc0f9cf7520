package org.cnnexplorer.lessons;

import java.util.List;
import java.util.Map;

import org.cnnexplorer.core.ConcatSpec;
import org.cnnexplorer.core.Conv2dSpec;
import org.cnnexplorer.core.InceptionSpec;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.NodeSpec;
import org.cnnexplorer.core.PoolSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.i18n.Messages;

/**
 * The naive inception module against the one with 1x1 reductions (Szegedy et al. 2014, figure 2),
 * at GoogLeNet's inception (3a) by default: a 28x28x192 input, 64 1x1, 128 3x3 (reduced from 96),
 * 32 5x5 (reduced from 16) and a 3x3 max pool (projected to 32). The naive module passes the pool's
 * 192 channels on unchanged, so its output ({@code c1 + c3 + c5 + in} channels) grows with every
 * module; the reduced one outputs {@code c1 + c3 + c5 + poolProj}. Convolutions carry biases, as in
 * the paper.
 */
public record InceptionReduction(int size, int inChannels, int c1, int c3Reduce, int c3, int c5Reduce, int c5,
                                 int poolProj) implements Lesson {

    public InceptionReduction {
        LessonParameter.check("size", size, 1, 512);
        for (int channels : new int[] {inChannels, c1, c3Reduce, c3, c5Reduce, c5, poolProj}) {
            LessonParameter.check("channels", channels, 1, 4096);
        }
    }

    /** GoogLeNet's inception (3a). */
    public static InceptionReduction googLeNet3a() {
        return new InceptionReduction(28, 192, 64, 96, 128, 16, 32, 32);
    }

    @Override
    public String id() {
        return "inception";
    }

    @Override
    public String title() {
        return Messages.text("lesson.inception.title");
    }

    @Override
    public String text() {
        return Messages.text("lesson.inception.text");
    }

    @Override
    public List<LessonParameter> parameters() {
        return List.of(new LessonParameter("size", Messages.text("lesson.param.size"), size, 1, 512, 1),
                new LessonParameter("in", Messages.text("lesson.param.in"), inChannels, 1, 4096, 8),
                new LessonParameter("c1", Messages.text("lesson.inception.filters", "1x1"), c1, 1, 4096, 8),
                new LessonParameter("c3-reduce", Messages.text("lesson.inception.reduction", "3x3"), c3Reduce,
                        1, 4096, 8),
                new LessonParameter("c3", Messages.text("lesson.inception.filters", "3x3"), c3, 1, 4096, 8),
                new LessonParameter("c5-reduce", Messages.text("lesson.inception.reduction", "5x5"), c5Reduce,
                        1, 4096, 4),
                new LessonParameter("c5", Messages.text("lesson.inception.filters", "5x5"), c5, 1, 4096, 4),
                new LessonParameter("pool-proj", Messages.text("lesson.inception.poolProj"), poolProj, 1, 4096, 4));
    }

    @Override
    public Lesson with(String parameter, int value) {
        return switch (parameter) {
            case "size" -> new InceptionReduction(value, inChannels, c1, c3Reduce, c3, c5Reduce, c5, poolProj);
            case "in" -> new InceptionReduction(size, value, c1, c3Reduce, c3, c5Reduce, c5, poolProj);
            case "c1" -> new InceptionReduction(size, inChannels, value, c3Reduce, c3, c5Reduce, c5, poolProj);
            case "c3-reduce" -> new InceptionReduction(size, inChannels, c1, value, c3, c5Reduce, c5, poolProj);
            case "c3" -> new InceptionReduction(size, inChannels, c1, c3Reduce, value, c5Reduce, c5, poolProj);
            case "c5-reduce" -> new InceptionReduction(size, inChannels, c1, c3Reduce, c3, value, c5, poolProj);
            case "c5" -> new InceptionReduction(size, inChannels, c1, c3Reduce, c3, c5Reduce, value, poolProj);
            case "pool-proj" -> new InceptionReduction(size, inChannels, c1, c3Reduce, c3, c5Reduce, c5, value);
            default -> throw Lesson.unknown(this, parameter);
        };
    }

    @Override
    public List<NetworkSpec> networks() {
        Shape input = Shape.of(inChannels, size, size);
        List<NodeSpec> naive = List.of(
                NodeSpec.of("branch1x1", conv(c1, 1), "input"),
                NodeSpec.of("branch3x3", conv(c3, 3), "input"),
                NodeSpec.of("branch5x5", conv(c5, 5), "input"),
                NodeSpec.of("branch_pool", PoolSpec.max(3, 1, 1, false), "input"),
                NodeSpec.of("concat", new ConcatSpec(), "branch1x1", "branch3x3", "branch5x5", "branch_pool"));
        List<NodeSpec> reduced = List.of(NodeSpec.of("inception",
                new InceptionSpec(c1, c3Reduce, c3, c5Reduce, c5, poolProj, 5, false)));
        return List.of(
                new NetworkSpec("naive", Messages.text("lesson.inception.naive"), "", "", input, 10, naive, Map.of()),
                new NetworkSpec("reduced", Messages.text("lesson.inception.reduced"), "", "", input, 10, reduced,
                        Map.of()));
    }

    @Override
    public List<String> points(List<NetworkReport> reports) {
        NetworkReport naive = reports.get(0);
        NetworkReport reduced = reports.get(1);
        return List.of(
                Messages.text("lesson.inception.point.channels", c1, c3, c5, inChannels,
                        naive.output().channels(), poolProj, reduced.output().channels()),
                Messages.text("lesson.inception.point.macs", Numbers.grouped(naive.totals().macs()),
                        Numbers.millions(naive.totals().macs()), Numbers.grouped(reduced.totals().macs()),
                        Numbers.millions(reduced.totals().macs()),
                        Numbers.ratio(naive.totals().macs(), reduced.totals().macs())),
                Messages.text("lesson.inception.point.params", Numbers.grouped(naive.totals().params()),
                        Numbers.grouped(reduced.totals().params())));
    }

    private static Conv2dSpec conv(int filters, int k) {
        return Conv2dSpec.of(filters, k, 1, k / 2, true);
    }
}
