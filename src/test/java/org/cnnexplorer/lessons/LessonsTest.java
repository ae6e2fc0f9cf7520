package org.cnnexplorer.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.io.model.ModelFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lessons' figures against hand computation. */
class LessonsTest {

    @ParameterizedTest(name = "{0}x{0} on C={1}: {2} against {3} weights")
    @CsvSource({
        // k, C, k^2 C^2, 9 n C^2
        "5, 64, 102400,  73728",
        "7, 64, 200704, 110592",
        "5,  3,    225,    162",
    })
    void stackedKernelsSeeAsFarWithFewerWeights(int kernel, int channels, long one, long stacked) {
        Lesson.Outcome outcome = new StackedKernels(kernel, channels, 56).run();
        NetworkReport big = outcome.reports().get(0);
        NetworkReport stack = outcome.reports().get(1);
        assertEquals(one, big.totals().params());
        assertEquals(stacked, stack.totals().params());
        assertEquals(kernel, big.layers().get(big.layers().size() - 1).receptiveField().sizeHeight());
        assertEquals(kernel, stack.layers().get(stack.layers().size() - 1).receptiveField().sizeHeight());
        assertEquals(56L * 56 * one, big.totals().macs());
        assertEquals(56L * 56 * stacked, stack.totals().macs());
        assertEquals("Non-linearities: 1 against " + (kernel - 1) / 2 + ".", outcome.points().get(3));
    }

    @Test
    void fiveByFiveStatesTheWeightsWithTheirFormula() {
        assertEquals("Weights: 25*C^2 = 25*4,096 = 102,400 against 18*C^2 = 73,728 (28.0 % fewer).",
                StackedKernels.fiveByFive().run().points().get(1));
    }

    @Test
    void bottleneckGivesTheStudyNotesHundredSixtyThreeMillionAgainstSixteen() {
        Lesson.Outcome outcome = BottleneckReduction.studyNotes().run();
        assertEquals(163_840_000L, outcome.reports().get(0).totals().macs());  // 32*32*32*200*25
        assertEquals(16_384_000L, outcome.reports().get(1).totals().macs());   // 32*32*16*200 + 32*32*32*16*25
        assertEquals(160_000L, outcome.reports().get(0).totals().params());
        assertEquals(16_000L, outcome.reports().get(1).totals().params());
        assertEquals("With the 1x1 reduction: 3,276,800 + 13,107,200 = 16,384,000 (16.4M).",
                outcome.points().get(1));
        assertTrue(outcome.points().get(2).startsWith("That is 10.0x fewer multiplications"),
                outcome.points().get(2));
    }

    @Test
    void inceptionThreeAWithReductionsCostsLessThanHalfTheNaiveModule() {
        Lesson.Outcome outcome = InceptionReduction.googLeNet3a().run();
        NetworkReport naive = outcome.reports().get(0);
        NetworkReport reduced = outcome.reports().get(1);
        assertEquals(416, naive.output().channels());
        assertEquals(256, reduced.output().channels());
        // 28*28 * (64*192 + 128*192*9 + 32*192*25)
        assertEquals(303_464_448L, naive.totals().macs());
        // 28*28 * (64*192 + 96*192 + 128*96*9 + 16*192 + 32*16*25 + 32*192)
        assertEquals(128_049_152L, reduced.totals().macs());
        assertEquals(387_296L, naive.totals().params());
        assertEquals(163_696L, reduced.totals().params());
    }

    @Test
    void vggKeepsThreeQuartersOfItsWeightsInFc6() throws ModelFileException {
        Lesson.Outcome outcome = new MemoryVsWeights(ModelCatalog.load("vgg16")).run();
        assertEquals("fc6 holds 102,764,544 of the 138,357,544 weights (74.3 %) and produces 4,096 values.",
                outcome.points().get(1));
        assertTrue(outcome.points().get(0).startsWith("The first "), outcome.points().get(0));
    }

    @Test
    void editingAParameterGivesANewLessonAndBadValuesAreNamed() {
        Lesson wider = StackedKernels.fiveByFive().with("channels", 128);
        assertEquals(25L * 128 * 128, wider.run().reports().get(0).totals().params());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> BottleneckReduction.studyNotes().with("depth", 3));
        assertEquals("lesson 'bottleneck' has no parameter 'depth'; it has size, in, out, kernel, reduced",
                unknown.getMessage());
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> BottleneckReduction.studyNotes().with("in", 0));
        assertEquals("in must be between 1 and 8192, got 0", range.getMessage());
        assertThrows(IllegalArgumentException.class, () -> StackedKernels.fiveByFive().with("kernel", 6));
    }

    @Test
    void everyLessonRunsAtEveryParameterBound() throws ModelFileException {
        for (Lesson lesson : Lessons.all(ModelCatalog.load("vgg16"))) {
            assertTrue(lesson.run().reports().stream().allMatch(NetworkReport::isValid), lesson.id());
            for (LessonParameter p : lesson.parameters()) {
                for (int value : List.of(p.min(), p.max())) {
                    Lesson.Outcome outcome = lesson.with(p.name(), value).run();
                    assertEquals(lesson.networks().size(), outcome.reports().size());
                    assertTrue(outcome.points().stream().noneMatch(s -> s.contains("-")
                            && s.matches(".*\\s-\\d.*")), lesson.id() + " " + p.name() + "=" + value);
                }
            }
        }
        assertEquals(List.of("stacked-5x5", "stacked-7x7", "bottleneck", "inception", "memory-vs-weights",
                "plain-vs-residual"),
                Lessons.all(ModelCatalog.load("vgg16")).stream().map(Lesson::id).toList());
    }
}
