package org.cnnexplorer.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The memory model on LeNet-5 (1x28x28, conv1 padding 2), worked by hand. Activation values per
 * sample: input 784, c1 4,704, tanh1 4,704, s2 1,176, c3 1,600, tanh2 1,600, s4 400, c5 120,
 * tanh3 120, flatten (a view of tanh3), f6 84, tanh4 84, output 10: 15,386 stored. The forward
 * pass peaks while c1 and tanh1 are both alive: 9,408 values. Parameters 61,706.
 */
class TotalsCalculatorTest {

    private static final NetworkSpec LENET5 = Fixtures.network(Shape.of(1, 28, 28),
            NodeSpec.of("c1", Conv2dSpec.of(6, 5, 1, 2, true)), tanh("tanh1"),
            NodeSpec.of("s2", PoolSpec.avg(2, 2)),
            NodeSpec.of("c3", Conv2dSpec.of(16, 5, 1, 0, true)), tanh("tanh2"),
            NodeSpec.of("s4", PoolSpec.avg(2, 2)),
            NodeSpec.of("c5", Conv2dSpec.of(120, 5, 1, 0, true)), tanh("tanh3"),
            NodeSpec.of("flatten", new FlattenSpec()),
            NodeSpec.of("f6", DenseSpec.of(84)), tanh("tanh4"),
            NodeSpec.of("output", DenseSpec.classifier()));

    private static NodeSpec tanh(String name) {
        return NodeSpec.of(name, new ActivationSpec(Activation.TANH));
    }

    private static Totals totals(int batch, DType dtype, Optimizer optimizer) {
        AnalysisSettings settings = AnalysisSettings.defaultsFor(LENET5).withBatch(batch).withDtype(dtype)
                .withOptimizer(optimizer);
        return NetworkAnalyzer.analyze(LENET5, settings).totals();
    }

    @Test
    void countsAddUpOverTheLayers() {
        Totals totals = totals(1, DType.FLOAT32, Optimizer.SGD);
        assertEquals(61_706, totals.params());
        assertEquals(61_706, totals.trainableParams());
        assertEquals(0, totals.buffers());
        assertEquals(416_520, totals.macs());
        assertEquals(833_040, totals.flops());
        assertEquals(15_386, totals.activationElements());
        assertEquals(9_408, totals.peakActivationElements());
        assertEquals(5, totals.depth());
        assertEquals(12, totals.layers());
    }

    @Test
    void aPartialNetworksDepthCountsOnlyTheLayersItsOtherTotalsCount() {
        // at 1x8x8, s2 gives 6x4x4, smaller than c3's 5x5 kernel: c3 and everything after it are not counted
        NetworkReport report = NetworkAnalyzer.analyze(LENET5,
                AnalysisSettings.defaultsFor(LENET5).withInput(Shape.of(1, 8, 8)));
        assertEquals(true, report.isPartial(), report.partialLabel());
        assertEquals(1, report.totals().depth(), "c1 only, as params and MACs count it");
        assertEquals(5, totals(1, DType.FLOAT32, Optimizer.SGD).depth());
    }

    @ParameterizedTest(name = "batch {0}, {1}, {2}")
    @CsvSource({
        // batch, dtype, optimizer, param bytes, inference bytes, training bytes
        // inference = params * b + batch * 9,408 * b
        // training  = params * b * (2 + optimizer slots) + batch * 15,386 * b
        "1,  FLOAT32, SGD,      246824,  284456,   555192",
        "1,  FLOAT32, MOMENTUM, 246824,  284456,   802016",
        "1,  FLOAT32, ADAM,     246824,  284456,  1048840",
        "64, FLOAT32, SGD,      246824, 2655272,  4432464",
        "64, FLOAT16, ADAM,     123412, 1327636,  2463056",
    })
    void memoryIsParametersPlusActivationsPlusTrainingState(int batch, DType dtype, Optimizer optimizer,
                                                            long paramBytes, long inference, long training) {
        Totals totals = totals(batch, dtype, optimizer);
        assertEquals(paramBytes, totals.paramBytes());
        assertEquals(inference, totals.inferenceBytes());
        assertEquals(training, totals.trainingBytes());
    }

    @Test
    void batchNormBuffersCountInMemoryButNotAsParameters() {
        NetworkReport report = Fixtures.analyze(Shape.of(3, 4, 4), NodeSpec.of("bn", BatchNormSpec.standard()));
        Totals totals = report.totals();
        assertEquals(6, totals.params());
        assertEquals(6, totals.buffers());
        assertEquals(24, totals.bufferBytes());
        assertEquals(24 + 24 + 4 * 96, totals.inferenceBytes());
        assertEquals(24 + 24 + 24 + 4 * 96, totals.trainingBytes());
    }

    @Test
    void branchKeepsItsSourceAliveUntilTheLastReader() {
        NetworkReport report = Fixtures.analyze(Shape.of(1, 4, 4),
                NodeSpec.of("a", Conv2dSpec.of(2, 1, 1, 0, false)),
                NodeSpec.of("b", Conv2dSpec.of(2, 1, 1, 0, false), "input"),
                NodeSpec.of("sum", new AddSpec(), "a", "b"));
        // input 16 + a 32 + b 32 = 80 while b runs; then the input is freed and a + b + sum = 96
        assertEquals(96, TotalsCalculator.peakLiveElements(report.layers()));
        assertEquals(List.of("input", "a", "b", "sum"), report.layers().stream().map(LayerReport::name).toList());
    }
}
