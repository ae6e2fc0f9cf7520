package org.cnnexplorer.lessons;

import java.util.List;

import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.i18n.Messages;

/**
 * A lesson: a short text, the networks it puts side by side (built from its parameters) and the
 * points it makes about their analyses. Lessons are immutable; {@link #with(String, int)} gives a
 * copy with one parameter changed.
 */
public sealed interface Lesson permits StackedKernels, BottleneckReduction, InceptionReduction, MemoryVsWeights,
        PlainVsResidual {

    /** A stable id for menus and {@code cnnx lesson ID}. */
    String id();

    String title();

    /** A few sentences of explanation. */
    String text();

    /** The editable numbers, in display order (empty when there are none). */
    List<LessonParameter> parameters();

    /**
     * A copy with the named parameter set.
     *
     * @throws IllegalArgumentException for an unknown name or a value out of range, naming it
     */
    Lesson with(String parameter, int value);

    /** The networks compared, in display order. */
    List<NetworkSpec> networks();

    /** The points the lesson makes, in order, with this lesson's numbers filled in. */
    List<String> points(List<NetworkReport> reports);

    /** Analyses the networks and states the points: what the GUI and the CLI show. */
    default Outcome run() {
        List<NetworkReport> reports = networks().stream().map(NetworkAnalyzer::analyze).toList();
        return new Outcome(this, reports, points(reports));
    }

    /** A lesson's analysed networks and its points. */
    record Outcome(Lesson lesson, List<NetworkReport> reports, List<String> points) {
        public Outcome {
            reports = List.copyOf(reports);
            points = List.copyOf(points);
        }
    }

    /** The exception of an unknown parameter name. */
    static IllegalArgumentException unknown(Lesson lesson, String parameter) {
        return new IllegalArgumentException(Messages.text("lesson.unknownParameter", lesson.id(), parameter,
                String.join(", ", lesson.parameters().stream().map(LessonParameter::name).toList())));
    }
}
