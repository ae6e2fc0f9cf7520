package org.cnnexplorer.core;

import static org.cnnexplorer.core.Fixtures.shapeProblem;
import static org.cnnexplorer.core.Fixtures.vector;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DenseSpecTest {

    @ParameterizedTest(name = "{0} -> {1}, bias {2}")
    @CsvSource({
        // in, units, bias, params = in * units + bias, MACs = in * units
        "9216,  4096, true,  37752832, 37748736",  // AlexNet fc6
        "25088, 4096, true, 102764544, 102760448",  // VGG16 fc6
        "2048,  1000, false,  2048000,  2048000",
        "84,    10,   true,       850,      840",  // LeNet-5 output
        "1,     1,    true,         2,        1",
    })
    void paramsAndMacsAreInputTimesUnits(int in, int units, boolean bias, long params, long macs) {
        DenseSpec dense = new DenseSpec(units, bias, 0);
        LayerInputs inputs = vector(in);
        Shape out = dense.outputShape(inputs);
        assertEquals(Shape.vector(units), out);
        assertEquals(params, dense.params(inputs));
        assertEquals(macs, dense.macs(inputs, out));
    }

    @Test
    void classifierTakesTheNumberOfClasses() {
        DenseSpec classifier = DenseSpec.classifier();
        assertTrue(classifier.isClassifier());
        assertEquals("-> classes", classifier.settings());
        assertEquals(new DenseSpec(10, true, 0), classifier.resolve(10));
        assertEquals(DenseSpec.of(84), DenseSpec.of(84).resolve(10));
    }

    @Test
    void unresolvedClassifierCannotBeAnalysed() {
        assertThrows(IllegalStateException.class, () -> DenseSpec.classifier().outputShape(vector(84)));
    }

    @Test
    void fixedInputSizeThatChangedIsAProblemNamingBothSizes() {
        DenseSpec trained = new DenseSpec(4096, true, 9216);
        LayerInputs changed = LayerInputs.single("flatten", Shape.vector(256));
        assertEquals("expects 9216 input features but gets 256 (from flatten); the input size changed",
                shapeProblem(trained, changed).getMessage());
        assertEquals(Shape.vector(4096), trained.outputShape(vector(9216)));
    }

    @Test
    void featureMapInputAsksForAFlatten() {
        assertEquals("dense needs a flat input but gets 256x6x6; add a flatten layer before it",
                shapeProblem(DenseSpec.of(10), Fixtures.in(256, 6, 6)).getMessage());
    }

    @Test
    void zeroUnitsAreRejectedAtConstruction() {
        assertThrows(IllegalArgumentException.class, () -> DenseSpec.of(0));
    }
}
