package org.cnnexplorer.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.io.model.ModelSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Export > ONNX writes on a worker thread a file that opens as the same network. */
class OnnxExportActionsTest {

    private final List<String> errors = new CopyOnWriteArrayList<>();

    @Test
    void theNetworkIsWrittenAsOnnxOffTheCallingThread(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("googlenet.onnx");
        ExportActions exports = new ExportActions(null, (title, message) -> errors.add(message));
        exports.setFileTarget((title, name, extension) -> file);
        NetworkReport report = NetworkAnalyzer.analyze(ModelCatalog.load("googlenet"));
        exports.onnx(report);
        for (int i = 0; i < 600 && !Files.exists(file); i++) {
            Thread.sleep(100);
        }
        assertTrue(Files.exists(file), "written within a minute; errors: " + errors);
        NetworkReport back = NetworkAnalyzer.analyze(ModelSources.read(file));
        assertEquals(report.totals().params(), back.totals().params());
        assertEquals(report.layers().size(), back.layers().size());
        assertEquals(List.of(), errors);
    }

    @Test
    void aTrainedRunMustBeSavedBeforeItsWeightsAreExported() {
        ExportActions exports = new ExportActions(null, (title, message) -> errors.add(title + ": " + message));
        exports.setFileTarget((title, name, extension) -> {
            throw new AssertionError("no file is asked for");
        });
        exports.onnxRun(null, "lenet5");
        assertEquals(List.of("No saved run: Save the run first (File > Save run) or open a saved run;"
                + " its trained weights are then exported."), errors);
    }
}
