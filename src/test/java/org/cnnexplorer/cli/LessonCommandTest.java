package org.cnnexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code cnnx lesson}: the list, one lesson with edited numbers, the detection example, bad input. */
class LessonCommandTest {

    @Test
    void listsEveryLessonWithItsDefaults() {
        MainTest.Run run = MainTest.run("lesson");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("bottleneck         The 1x1 bottleneck"), run.out());
        assertTrue(run.out().contains("size=32 in=200 out=32 kernel=5 reduced=16"), run.out());
        assertTrue(run.out().contains("detection"), run.out());
    }

    @Test
    void runsALessonWithTheGivenNumbers() {
        MainTest.Run run = MainTest.run("lesson", "bottleneck", "in=256", "reduced=32");
        assertEquals(0, run.exit(), run.err());
        // 32*32*32*256*25 and 32*32*32*256 + 32*32*32*32*25
        assertTrue(run.out().contains("209,715,200"), run.out());
        assertTrue(run.out().contains("34,603,008"), run.out());
        assertTrue(run.out().contains("Settings: size=32 (feature map size), in=256 (input channels)"), run.out());
    }

    @Test
    void printsTheDetectionArithmetic() {
        MainTest.Run run = MainTest.run("lesson", "detection");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("IoU = 12 / 60 = 0.2000"), run.out());
        assertTrue(run.out().contains("mAP over 2 classes = 0.7944"), run.out());
    }

    @Test
    void badLessonsAndSettingsAreNamed() {
        assertEquals("cnnx: unknown lesson 'nope'; lessons: stacked-5x5, stacked-7x7, bottleneck, inception,"
                + " memory-vs-weights, plain-vs-residual, detection", MainTest.run("lesson", "nope").err().strip());
        assertEquals("cnnx: in needs a whole number, got 'x'", MainTest.run("lesson", "bottleneck", "in=x").err().strip());
        assertEquals("cnnx: reduced must be between 1 and 8192, got 0",
                MainTest.run("lesson", "bottleneck", "reduced=0").err().strip());
        assertEquals("cnnx: lesson settings are NAME=VALUE, got 'in'",
                MainTest.run("lesson", "bottleneck", "in").err().strip());
        assertEquals(2, MainTest.run("lesson", "detection", "x=1").exit());
    }
}
