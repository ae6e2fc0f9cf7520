package org.cnnexplorer.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the GUI words problems with saved runs and runs continued on another data set. */
class SavedRunsTest {

    @TempDir
    Path dir;

    @Test
    void aDamagedRunIsNamedOnceInTheMessage() throws Exception {
        Path file = dir.resolve("broken.cnnrun");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        IOException e = assertThrows(IOException.class, () -> SavedRuns.read(file));
        String message = SavedRuns.problem(file, e);
        assertEquals(message.indexOf(file.toString()), message.lastIndexOf(file.toString()), message);
        assertEquals(0, message.indexOf(file + ": damaged or truncated run file"), message);
    }

    @Test
    void aProblemWithoutTheFileNameGetsIt() {
        Path file = Path.of("run.cnnrun");
        assertEquals("run.cnnrun: Permission denied", SavedRuns.problem(file, new IOException("Permission denied")));
    }

    @Test
    void continuingOnAnotherDataSetIsNotedAndOnTheSameOneNot() {
        assertEquals(" (trained on MNIST, a different data set)", SavedRuns.otherDatasetNote("mnist", "fashion-mnist"));
        assertEquals("", SavedRuns.otherDatasetNote("fashion-mnist", "Fashion-MNIST"));
        assertEquals("", SavedRuns.otherDatasetNote(null, "mnist"));
    }
}
