package org.cnnexplorer.io.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.cnnexplorer.io.model.ModelFileException;
import org.cnnexplorer.training.ImageResize;
import org.cnnexplorer.training.TrainingRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The image resize of a saved run: written with the settings, read back, and none for older runs. */
class RunResizeJsonTest {

    @TempDir
    Path dir;

    private static TrainingRun runWith(ImageResize resize) throws Exception {
        TrainingRun run = RunFilesTest.sampleRun(true);
        return new TrainingRun(run.spec(), run.settings().withResize(resize), run.losses(), run.epochs(), run.result(),
                run.savedAt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "min", "paper", "63x63", "227x200"})
    void everyResizeRoundTripsThroughARunFile(String resize) throws Exception {
        Path file = dir.resolve("run.cnnrun");
        RunFiles.write(file, runWith(ImageResize.parse(resize)), null);
        assertEquals(ImageResize.parse(resize), RunFiles.read(file).settings().resize());
    }

    @Test
    void aSizeIsWrittenAsHeightAndWidth() throws Exception {
        ObjectNode settings = (ObjectNode) RunJson.write(runWith(ImageResize.to(63, 64))).get("settings");
        assertEquals("{\"mode\":\"size\",\"height\":63,\"width\":64}", settings.get("resize").toString());
    }

    @Test
    void aRunSavedBeforeResizingExistedReadsAsNone() throws Exception {
        ObjectNode root = RunJson.write(runWith(ImageResize.to(63, 63)));
        ((ObjectNode) root.get("settings")).remove("resize");
        assertEquals(ImageResize.NONE, RunJson.read(root, "old.cnnrun").settings().resize());
    }

    @Test
    void anUnknownModeNamesTheFileAndPath() throws Exception {
        ObjectNode root = RunJson.write(runWith(ImageResize.MINIMUM));
        ((ObjectNode) root.get("settings").get("resize")).put("mode", "huge");
        ModelFileException e = assertThrows(ModelFileException.class, () -> RunJson.read(root, "bad.cnnrun"));
        assertEquals("bad.cnnrun: $.settings.resize: unknown resize mode 'huge': expected none, min, paper or size",
                e.getMessage());
    }
}
