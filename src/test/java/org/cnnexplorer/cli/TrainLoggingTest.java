package org.cnnexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cnnx train} in a process of its own (logging is set up once per JVM): stderr holds only
 * what the user needs unless {@code --verbose} asks for the libraries' INFO lines.
 */
class TrainLoggingTest {

    @TempDir
    Path dir;

    private record Process(int code, String out, String err) {
    }

    private Process cnnxTrain(String... extra) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g", "-Dorg.eclipse.deeplearning4j.helpers.disable=false", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "train", "lenet5",
                "--dataset", "fashion-mnist", "--data-dir", "/usr/share/datasets", "--limit", "64",
                "--test-limit", "64"));
        command.addAll(List.of(extra));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        java.lang.Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "cnnx train did not end within 3 minutes");
        return new Process(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void trainShowsNoLibraryInfoLinesByDefaultAndAllOfThemWithVerbose() throws Exception {
        Process quiet = cnnxTrain();
        assertEquals(0, quiet.code(), quiet.err());
        assertTrue(quiet.err().lines().noneMatch(line -> line.contains(" INFO ")), quiet.err());
        assertTrue(quiet.err().lines().allMatch(line -> line.startsWith("cnnx: ")), "only our own lines: "
                + quiet.err());
        assertTrue(quiet.out().startsWith("training lenet5 on fashion-mnist from "), quiet.out());

        Process verbose = cnnxTrain("--verbose");
        assertEquals(0, verbose.code(), verbose.err());
        assertTrue(verbose.err().contains("INFO org.nd4j.linalg.factory.Nd4jBackend - Loaded [CpuBackend] backend"),
                verbose.err());
    }
}
