package org.cnnexplorer.io.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.DType;
import org.cnnexplorer.core.MinimumInput;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.core.Size2d;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The smallest square input of each built-in, with the data sets' channel counts. */
class BuiltInMinimumInputTest {

    @ParameterizedTest(name = "{0} with {1} channels runs from {2}x{2}")
    @CsvSource({"lenet5, 1, 28", "alexnet, 1, 63", "alexnet, 3, 63", "alexnet-paper, 3, 67", "vgg16, 3, 32",
        "googlenet, 3, 15", "googlenet-paper, 3, 223", "googlenet-paper, 1, 223", "resnet50, 3, 1",
        "densenet121, 3, 29", "mobilenet-v1, 3, 1", "mobilenet-v2, 3, 1", "xception, 3, 7", "alexnet-2gpu, 3, 67"})
    void smallestSquareInput(String id, int channels, int side) throws Exception {
        NetworkSpec spec = ModelCatalog.load(id);
        AnalysisSettings settings = new AnalysisSettings(Shape.of(channels, 28, 28), 10, 1, DType.FLOAT32,
                Optimizer.SGD);
        assertEquals(side, MinimumInput.find(spec, settings).map(Size2d::height).orElse(-1));
    }
}
