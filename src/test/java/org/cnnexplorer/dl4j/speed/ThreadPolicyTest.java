package org.cnnexplorer.dl4j.speed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.io.model.ModelCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThreadPolicyTest {

    @ParameterizedTest(name = "{0} at batch {1}: {2} of 8 cores")
    @CsvSource({"lenet5, 64, 1", "lenet5, 4096, 8", "googlenet, 32, 1", "resnet50, 32, 8", "vgg16, 32, 8"})
    void smallLayersRunOnOneThreadLargeOnesOnAllCores(String id, int batch, int threads) throws Exception {
        assertEquals(threads, ThreadPolicy.threadsFor(report(id, batch), 8, null));
    }

    @ParameterizedTest
    @CsvSource({"3, 3", "' 2 ', 2", "0, 1", "lots, 1"})
    void environmentOverridesWhenItIsAPositiveNumber(String override, int threads) throws Exception {
        assertEquals(threads, ThreadPolicy.threadsFor(report("lenet5", 64), 8, override));
    }

    private static NetworkReport report(String id, int batch) throws Exception {
        NetworkSpec spec = ModelCatalog.load(id);
        Shape input = id.equals("lenet5") ? spec.input() : Shape.of(3, 32, 32);
        return NetworkAnalyzer.analyze(spec, AnalysisSettings.defaultsFor(spec).withInput(input).withClasses(10)
                .withBatch(batch));
    }
}
