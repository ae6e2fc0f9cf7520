package org.cnnexplorer.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.data.DatasetId;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.training.ImageResize;
import org.cnnexplorer.training.TrainingRun;
import org.cnnexplorer.training.TrainingSettings;
import org.junit.jupiter.api.Test;

/** The Train tab's "Resize images to" row: its choices, the settings it gives, and the note above the form. */
class ResizeChoiceTest {

    private final TrainingForm form = new TrainingForm();

    @Test
    void theFormStartsWithoutResizingAndGivesTheChosenResize() {
        assertEquals(ImageResize.NONE, form.settings().resize());
        form.resizeModeProperty().set(ImageResize.Mode.MINIMUM);
        assertEquals(ImageResize.MINIMUM, form.settings().resize());
        form.resizeModeProperty().set(ImageResize.Mode.DECLARED);
        assertEquals(ImageResize.DECLARED, form.settings().resize());
        form.resizeModeProperty().set(ImageResize.Mode.SIZE);
        form.resizeHeightProperty().set(100);
        form.resizeWidthProperty().set(120);
        assertEquals(ImageResize.to(100, 120), form.settings().resize());
    }

    @Test
    void aSavedRunPutsItsResizeInTheForm() throws Exception {
        TrainingSettings saved = TrainingSettings.defaults("mnist").withResize(ImageResize.to(70, 71));
        form.useSettingsOf(new TrainingRun(ModelCatalog.load("alexnet"), saved, List.of(), List.of(), null,
                Instant.EPOCH));
        assertEquals(ImageResize.Mode.SIZE, form.resizeModeProperty().get());
        assertEquals(ImageResize.to(70, 71), form.settings().resize());
    }

    @Test
    void theChoicesNameTheSizesOfTheNetwork() throws Exception {
        NetworkSpec alexnet = ModelCatalog.load("alexnet");
        NetworkSpec paper = ModelCatalog.load("alexnet-paper");
        assertEquals("none (28x28)", DatasetFit.resizeLabel(alexnet, DatasetId.MNIST, ImageResize.Mode.NONE));
        assertEquals("network minimum 63x63", DatasetFit.resizeLabel(alexnet, DatasetId.MNIST,
                ImageResize.Mode.MINIMUM));
        assertEquals("network minimum 67x67", DatasetFit.resizeLabel(paper, DatasetId.CIFAR10,
                ImageResize.Mode.MINIMUM));
        assertEquals("paper 227x227", DatasetFit.resizeLabel(paper, DatasetId.CIFAR10, ImageResize.Mode.DECLARED));
        assertEquals("custom HxW", DatasetFit.resizeLabel(paper, DatasetId.CIFAR10, ImageResize.Mode.SIZE));
    }

    @Test
    void withoutAResizeTheNoteSaysFromWhichSizeTheNetworkRunsAndBlocksStart() throws Exception {
        FitNote fit = DatasetFit.describe(ModelCatalog.load("alexnet"), DatasetId.MNIST, ImageResize.NONE, 64,
                Optimizer.ADAM);
        String note = fit.text();
        assertTrue(fit.blocks(), note);
        assertTrue(note.startsWith("Cannot train on MNIST (1x28x28 images): pool2: "), note);
        assertTrue(note.endsWith("; it runs from 63x63: choose it in Resize images to"), note);
    }

    @Test
    void resizedTheNoteGivesTheInputAndATrainingMemoryThatGrowsWithTheSize() throws Exception {
        NetworkSpec alexnet = ModelCatalog.load("alexnet");
        FitNote minimumFit = DatasetFit.describe(alexnet, DatasetId.CIFAR10, ImageResize.MINIMUM, 64,
                Optimizer.ADAM);
        String minimum = minimumFit.text();
        assertEquals(FitNote.Verdict.ADAPTED, minimumFit.verdict(), minimum);
        assertTrue(minimum.startsWith("Trained on CIFAR-10 resized to 3x63x63 (bilinear), 10 classes"), minimum);
        assertTrue(minimum.contains("Training needs about "), minimum);
        String paper = DatasetFit.describe(alexnet, DatasetId.CIFAR10, ImageResize.DECLARED, 64, Optimizer.ADAM)
                .text();
        assertTrue(paper.startsWith("Trained on CIFAR-10 resized to 3x224x224 (bilinear)"), paper);
        assertTrue(memory(paper) > memory(minimum), minimum + " / " + paper);
    }

    @Test
    void aCustomSizeTooSmallIsStillRefusedWithTheSizeThatRuns() throws Exception {
        String note = DatasetFit.describe(ModelCatalog.load("alexnet"), DatasetId.MNIST, ImageResize.to(40, 40), 64,
                Optimizer.ADAM).text();
        assertTrue(note.startsWith("Cannot train on MNIST resized to 1x40x40: "), note);
        assertTrue(note.contains("it runs from 63x63"), note);
    }

    /** The MiB or GiB figure of a note, in MiB. */
    private static double memory(String note) {
        var m = java.util.regex.Pattern.compile("about ([0-9.]+) (MiB|GiB)").matcher(note);
        assertTrue(m.find(), note);
        return Double.parseDouble(m.group(1)) * (m.group(2).equals("GiB") ? 1024 : 1);
    }
}
