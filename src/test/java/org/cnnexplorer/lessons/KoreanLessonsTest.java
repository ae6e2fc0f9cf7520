package org.cnnexplorer.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.i18n.Language;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.i18n.NoEnglishLeft;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.io.model.ModelFileException;
import org.cnnexplorer.lessons.detection.DetectionDemo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every lesson's title, text, numbers, network names and points in Korean, with the study notes' figures. */
class KoreanLessonsTest {

    @AfterEach
    void backToEnglish() {
        Messages.setLanguage(Language.ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"stacked-5x5", "stacked-7x7", "bottleneck", "inception", "memory-vs-weights",
        "plain-vs-residual"})
    void everyTextOfTheLessonIsKorean(String id) throws ModelFileException {
        Messages.setLanguage(Language.KOREAN);
        Lesson lesson = Lessons.find(Lessons.all(ModelCatalog.load("vgg16")), id).orElseThrow();
        Lesson.Outcome outcome = lesson.run();
        Set<String> names = new HashSet<>(Set.of("VGG16", "He"));
        for (NetworkReport report : outcome.reports()) {
            report.layers().stream().map(LayerReport::name).forEach(names::add);
        }
        NoEnglishLeft.assertKorean(lesson.title(), names);
        NoEnglishLeft.assertKorean(lesson.text(), names);
        lesson.parameters().forEach(p -> NoEnglishLeft.assertKorean(p.label(), names));
        outcome.reports().forEach(r -> NoEnglishLeft.assertNoEnglish(r.spec().name(), names));
        outcome.points().forEach(p -> NoEnglishLeft.assertKorean(p, names));
    }

    @Test
    void theBottleneckCountsInTheStudyNotesUnits() {
        Messages.setLanguage(Language.KOREAN);
        List<String> points = BottleneckReduction.studyNotes().run().points();
        assertEquals("바로 적용: 위치 32*32개 * 필터 32개 * 채널 200개 * 5*5 = 163,840,000번의 곱셈 (1억 6,384만 번).",
                points.get(0));
        assertEquals("1x1 차원 축소를 먼저 하면: 3,276,800 + 13,107,200 = 16,384,000 (1,638만 번).", points.get(1));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"163840000, 1억 6384만", "16384000, 1638만", "100000000, 1억", "99995000, 1억", "9999, 9999",
        "303464448, 3억 346만", "1234567890123, 12345억 6789만"})
    void koreanCountsLargeNumbersInManAndEok(long value, String words) {
        Messages.setLanguage(Language.KOREAN);
        assertEquals(words, Numbers.millions(value).replace(",", ""));
    }

    @Test
    void aRefusedNumberIsExplainedInKorean() {
        Messages.setLanguage(Language.KOREAN);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> BottleneckReduction.studyNotes().with("depth", 3));
        NoEnglishLeft.assertKorean(e.getMessage(), "bottleneck", "depth", "size", "in", "out", "kernel",
                "reduced");
    }

    @Test
    void theDetectionLessonIsKorean() {
        Messages.setLanguage(Language.KOREAN);
        NoEnglishLeft.assertKorean(String.join("\n", DetectionDemo.lines()), Set.of("a", "b"));
    }
}
