package org.cnnexplorer.cli;

import static org.cnnexplorer.cli.MainTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.cnnexplorer.io.model.ModelCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A model argument that is not a usable model file ends with one line on stderr and exit code 2, never a trace. */
class BadModelArgumentTest {

    private static final String HEAD = "{\"format\": 1, \"id\": \"n\", \"input\": \"3x8x8\", \"classes\": 2, \"layers\": [\n";

    /** Runs {@code cnnx summary ARG} and checks the one-line refusal. */
    private static void assertRefused(String argument, String message) {
        MainTest.Run run = run("summary", argument);
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertEquals("cnnx: " + message + "\n", run.err());
        assertFalse(run.err().contains("\u001b") || run.err().contains("Exception"), run.err());
    }

    @Test
    void endlessInputIsCutAtTheSizeLimit() {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        assertRefused("/dev/zero", "/dev/zero: larger than 16 MiB, the most a model file may have; is it a model file?");
    }

    @Test
    void emptyArgumentSaysItIsEmpty() {
        assertRefused("", "the model argument is empty; give a built-in id (" + String.join(", ", ModelCatalog.IDS)
                + ") or the path of a model file (.json, .onnx or a Keras .json)");
    }

    @Test
    void directoryIsNotAModelFile(@TempDir Path dir) {
        assertRefused(dir.toString(), dir + ": is a directory, not a model file");
    }

    @Test
    void notUtf8NamesTheByte(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.json");
        Files.write(file, (HEAD + "  {\"name\": \"\u00e9\", \"type\": \"relu\"}]}").getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(file.toString(), file + ":2: the byte 0xe9 at offset " + (HEAD.length() + 12)
                + " is not UTF-8; model files are UTF-8 text");
    }

    @Test
    void pipeIsReadLikeAFile(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("net.fifo");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(fifo, HEAD + "  {\"name\": \"a\", \"type\": \"relu\"}\n]}");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        MainTest.Run run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run("summary", fifo.toString()));
        writer.join();
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("n [n] - input 3x8x8, 2 classes\n"), run.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "null | : expected a model object {\"format\": 1, \"id\": ..., \"layers\": [...]}, got null",
        "HEAD  null]} | :2:3: $.layers[0]: expected a layer object like {\"name\": \"conv1\", \"type\": \"conv2d\", ...}, "
            + "got null",
        "HEAD  {\"name\": \"s\", \"type\": \"residual-stage\", \"blocks\": 1, \"width\": 2147483647}]}"
            + "| :2:3: $.layers[0] \"s\": 'width' must be at most 536870911 (a bottleneck block outputs 4 x width "
            + "channels), got 2147483647",
        "HEAD  {\"name\": \"c\", \"type\": \"conv2d\", \"filters\": 2, \"kernel\": 4294967299}]}"
            + "| :2:3: $.layers[0] \"c\": 'kernel' must be an integer of at most 2147483647 or [height, width], "
            + "got 4294967299",
        "HEAD  {\"name\": \"a\\u001b[2J\\nb\", \"type\": \"relu\"}]}"
            + "| :2:3: $.layers[0] \"a\\u001B[2J\\nb\": 'name' must be free of control characters, got \"a\\u001B[2J\\nb\"",
    })
    void badContentIsOneLineNamingTheFileAndPath(String content, String where, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("net.json");
        Files.writeString(file, content.replace("HEAD", HEAD));
        assertRefused(file.toString(), file + where);
    }
}
