package org.cnnexplorer.dl4j.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.inside.ConvArithmetic;
import org.cnnexplorer.inside.DenseArithmetic;
import org.cnnexplorer.inside.Inspection;
import org.cnnexplorer.inside.InspectionEngine;
import org.cnnexplorer.inside.InspectionRequest;
import org.cnnexplorer.inside.PoolArithmetic;
import org.cnnexplorer.inside.ValueArithmetic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The arithmetic of one value, recomputed from the inspected inputs and weights, equals the value the
 * DL4J forward pass shows (1e-4 relative) for corner, edge and middle pixels of every convolution,
 * pooling and dense layer.
 */
class ValueArithmeticTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"lenet5", "resnet50"})
    void theSumOfEveryExplainedValueEqualsTheFeatureMap(String id) throws Exception {
        NetworkReport report = Dl4jInspectionEngineTest.analyze(id, Dl4jInspectionEngineTest.CIFAR, 10);
        Inspection inspection = InspectionEngine.discover().inspect(new InspectionRequest(report, null,
                Dl4jInspectionEngineTest.image(Dl4jInspectionEngineTest.CIFAR, 11), List.of(), 0));
        int explained = 0;
        for (LayerReport layer : report.layers()) {
            String kind = layer.spec().layerKind().id();
            if (!List.of("conv2d", "maxpool", "avgpool", "global-avgpool", "adaptive-avgpool", "dense")
                    .contains(kind)) {
                continue;
            }
            int last = layer.output().height() - 1;
            int channel = layer.output().channels() - 1;
            for (int[] pixel : new int[][] {{0, 0, 0}, {channel, last, last}, {channel / 2, last / 2, 0}}) {
                ValueArithmetic arithmetic = ValueArithmetic.explain(inspection, layer.name(), pixel[0], pixel[1],
                        pixel[2]);
                double scale = Math.max(1e-3, Math.abs(arithmetic.shown()));
                assertEquals(arithmetic.shown(), arithmetic.result(), 1e-4 * scale,
                        id + " " + layer.name() + " " + List.of(pixel[0], pixel[1], pixel[2]));
                explained++;
            }
        }
        assertTrue(explained >= 21, "explained " + explained);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"c1", "f6"})
    void theTextEndsWithTheRecomputedAndTheShownValue(String layer) throws Exception {
        NetworkReport report = Dl4jInspectionEngineTest.analyze("lenet5", Dl4jInspectionEngineTest.CIFAR, 10);
        Inspection inspection = InspectionEngine.discover().inspect(new InspectionRequest(report, null,
                Dl4jInspectionEngineTest.image(Dl4jInspectionEngineTest.CIFAR, 5), List.of(), 0));
        ValueArithmetic arithmetic = ValueArithmetic.explain(inspection, layer, 0, 0, 0);
        switch (layer) {
            case "c1" -> {
                ConvArithmetic conv = assertInstanceOf(ConvArithmetic.class, arithmetic);
                assertEquals(3, conv.windows().size(), "one window per input channel");
                assertTrue(conv.windows().get(0).isPadding(0, 0), "c1 pads by 2: the corner is padding");
                assertTrue(conv.text().contains(" p "), conv.text());
            }
            case "s2" -> assertInstanceOf(PoolArithmetic.class, arithmetic);
            default -> assertEquals(10, assertInstanceOf(DenseArithmetic.class, arithmetic).top().size());
        }
        assertTrue(arithmetic.text().contains("(feature map: "), arithmetic.text());
        assertTrue(arithmetic.activated().isPresent(), "a tanh follows " + layer);
        assertTrue(arithmetic.text().contains("then tanh"), arithmetic.text());
    }

    @org.junit.jupiter.api.Test
    void aLayerWithoutArithmeticIsNamed() throws Exception {
        NetworkReport report = Dl4jInspectionEngineTest.analyze("lenet5", Dl4jInspectionEngineTest.CIFAR, 10);
        Inspection inspection = InspectionEngine.discover().inspect(new InspectionRequest(report, null,
                Dl4jInspectionEngineTest.image(Dl4jInspectionEngineTest.CIFAR, 5), List.of(), 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ValueArithmetic.explain(inspection, "tanh1", 0, 0, 0));
        assertTrue(e.getMessage().endsWith("tanh1 is a tanh activation"), e.getMessage());
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
                () -> ValueArithmetic.explain(inspection, "c1", 6, 0, 0));
        assertEquals("pixel 6,0,0 is outside 6x32x32", outside.getMessage());
    }
}
