package org.cnnexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cnnx export}: what it writes and how it refuses, as {@code summary} does. */
class ExportCommandTest {

    @Test
    void writesTheNetworkAsOnnx(@TempDir Path dir) {
        Path file = dir.resolve("lenet.onnx");
        MainTest.Run run = MainTest.run("export", "lenet5", "--onnx", file.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("wrote " + file + " ("), run.out());
        assertTrue(run.out().contains("61,706 parameters, random initial weights)"), run.out());
        assertTrue(Files.exists(file));
        assertFalse(Files.exists(dir.resolve("lenet.onnx.tmp")));
    }

    @Test
    void aNetworkThatCannotRunIsReportedAsSummaryDoesAndNothingIsWritten(@TempDir Path dir) {
        Path file = dir.resolve("alexnet.onnx");
        MainTest.Run run = MainTest.run("export", "alexnet", "--input", "3x32x32", "--onnx", file.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("cnnx: alexnet cannot run with input 3x32x32: pool5: "), run.err());
        assertTrue(run.err().contains("runs from 63x63"), run.err());
        assertTrue(run.err().endsWith("; nothing written\n"), run.err());
        assertFalse(Files.exists(file));
    }

    @Test
    void aMissingFolderIsNamed(@TempDir Path dir) {
        Path file = dir.resolve("no-such-folder").resolve("x.onnx");
        MainTest.Run run = MainTest.run("export", "lenet5", "--onnx", file.toString());
        assertEquals(2, run.exit());
        assertEquals("cnnx: cannot write " + file + ": the folder " + file.getParent() + " does not exist\n",
                run.err());
    }
}
