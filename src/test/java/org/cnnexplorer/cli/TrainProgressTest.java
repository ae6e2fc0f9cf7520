package org.cnnexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.cnnexplorer.i18n.Language;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.i18n.NoEnglishLeft;
import org.cnnexplorer.training.TrainingEvent;
import org.cnnexplorer.training.TrainingSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The progress lines of {@code cnnx train}: the same English as ever, and Korean with {@code --lang ko}. */
class TrainProgressTest {

    private static final List<TrainingEvent> EVENTS = List.of(
            new TrainingEvent.Started(2000, 500, 32, 1, 61_706, "CPU"),
            new TrainingEvent.Iteration(1, 32, 32, 0.51234, 0.6, 0.001, 812.4, 75, 0),
            new TrainingEvent.Epoch(1, 0.81234, 0.8, 0.55555));

    @AfterEach
    void backToEnglish() {
        Messages.setLanguage(Language.ENGLISH);
    }

    private static List<String> lines() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        TrainProgress progress = new TrainProgress(print, print, TrainingSettings.defaults("mnist"), "lenet5",
                Path.of("data", "mnist"));
        EVENTS.forEach(progress);
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void englishLinesAreAsBefore() {
        List<String> lines = lines();
        assertEquals("training lenet5 on mnist from " + Path.of("data", "mnist") + ": 2000 images (32 batches per"
                + " epoch), testing on 500; 61,706 parameters; adam at 0.001, constant; CPU", lines.get(0));
        assertEquals("epoch 1  iteration 32/32  loss 0.5123 (smoothed 0.6000)  lr 0.001  812 images/s  elapsed 1:15"
                + "  left 0:00", lines.get(1));
        assertEquals("epoch 1: train accuracy 0.8123, test accuracy 0.8000, test loss 0.5556", lines.get(2));
    }

    @Test
    void koreanLinesKeepTheFiguresAndIds() {
        Messages.setLanguage(Language.KOREAN);
        List<String> lines = lines();
        lines.forEach(line -> NoEnglishLeft.assertKorean(line, "lenet5", "mnist", "data", "adam", "constant", "CPU"));
        assertEquals("에포크 1: 학습 정확도 0.8123, 테스트 정확도 0.8000, 테스트 손실 0.5556", lines.get(2));
    }
}
