package org.cnnexplorer.lessons;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cnnexplorer.core.NetworkSpec;

/** The lessons in menu order, with their default numbers. */
public final class Lessons {

    private Lessons() {
    }

    /**
     * Every network lesson, in menu order.
     *
     * @param vgg16 the built-in VGG16, for the memory lesson (the core cannot read model files)
     */
    public static List<Lesson> all(NetworkSpec vgg16) {
        return List.of(StackedKernels.fiveByFive(), StackedKernels.sevenBySeven(), BottleneckReduction.studyNotes(),
                InceptionReduction.googLeNet3a(), new MemoryVsWeights(vgg16),
                PlainVsResidual.twentyLayers());
    }

    /** The lesson with this id, ignoring case. */
    public static Optional<Lesson> find(List<Lesson> lessons, String id) {
        String key = id.toLowerCase(Locale.ROOT);
        return lessons.stream().filter(l -> l.id().equals(key)).findFirst();
    }
}
