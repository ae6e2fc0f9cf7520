package org.cnnexplorer.dl4j.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cnnexplorer.core.DenseSpec;
import org.cnnexplorer.core.FlattenSpec;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.NodeSpec;
import org.cnnexplorer.core.PoolSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.dl4j.speed.Dl4jRuntime;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * How max pooling maps to DL4J. A pool whose windows each see one value (GoogLeNet's pool branches
 * on 1x1 maps) is no layer: the next layer reads its input. Max pooling in ceil mode (torchvision's
 * GoogLeNet) computes PyTorch's windows: the last window
 * may run past the input, and values outside never win. Where DL4J's "same" mode reads the same
 * windows the pool is mapped to it, exact for negative inputs too; elsewhere a zero-padding layer
 * goes before it (exact after a ReLU, where torchvision uses ceil mode), checked on non-negative inputs.
 */
class MaxPoolingMappingTest {

    @ParameterizedTest(name = "{0}x{0} input, kernel {1}, stride {2}, padding {3}: passes through {4}")
    @CsvSource({"1, 3, 1, 1, true", "1, 2, 2, 1, true", "1, 1, 1, 0, true", "5, 1, 1, 0, true",
        "2, 3, 1, 1, false", "4, 3, 1, 1, false", "5, 1, 2, 0, false"})
    void aMaxPoolWhoseWindowsEachSeeOneValueIsNoLayer(int size, int kernel, int stride, int padding,
                                                      boolean passes) {
        Dl4jRuntime.get();
        NetworkSpec spec = new NetworkSpec("t", "T", "", "", Shape.of(3, size, size), 2, List.of(
                NodeSpec.of("pool", PoolSpec.max(kernel, stride, padding, false)),
                NodeSpec.of("flat", new FlattenSpec()), NodeSpec.of("fc", DenseSpec.classifier())));
        NetworkReport report = NetworkAnalyzer.analyze(spec);
        assertTrue(report.isValid(), report.problems().toString());
        ComputationGraph graph = new ComputationGraph(Dl4jGraphFactory.configure(report, GraphOptions.defaults()));
        graph.init();
        assertEquals(!passes, graph.getConfiguration().getVertices().containsKey("pool"), "a pooling layer");
        INDArray input = Nd4j.rand(DataType.FLOAT, 2, 3, size, size).subi(0.5);
        INDArray flat = graph.feedForward(input, false).get("flat");
        if (passes) {
            assertEquals(input.reshape(2, 3L * size * size), flat.reshape(2, 3L * size * size));
        }
        graph.fit(new DataSet(input, Nd4j.createFromArray(new float[][] {{1, 0}, {0, 1}})));
        assertTrue(Double.isFinite(graph.score()));
    }

    @ParameterizedTest(name = "{0}x{0} input, kernel {1}, stride {2}, padding {3}: as same mode {4}")
    @CsvSource({"16, 3, 2, 0, true", "8, 3, 2, 0, true", "4, 3, 2, 0, true", "7, 3, 2, 1, true",
        "9, 2, 2, 0, true", "112, 3, 2, 0, true", "10, 3, 2, 1, false", "6, 3, 3, 1, false"})
    void poolsTheWindowsPyTorchPools(int size, int kernel, int stride, int padding, boolean same) {
        Dl4jRuntime.get();
        NetworkSpec spec = new NetworkSpec("t", "T", "", "", Shape.of(3, size, size), 2, List.of(
                NodeSpec.of("pool", PoolSpec.max(kernel, stride, padding, true)),
                NodeSpec.of("flat", new FlattenSpec()), NodeSpec.of("fc", DenseSpec.classifier())));
        NetworkReport report = NetworkAnalyzer.analyze(spec);
        assertTrue(report.isValid(), report.problems().toString());
        ComputationGraph graph = new ComputationGraph(Dl4jGraphFactory.configure(report, GraphOptions.defaults()));
        graph.init();
        assertEquals(!same, graph.getConfiguration().getVertices().containsKey("pool.ceilpad"), "padding layer");
        INDArray input = Nd4j.rand(DataType.FLOAT, 2, 3, size, size);
        if (same) {
            input.subi(0.5);
        }
        INDArray pooled = graph.feedForward(input, false).get("pool");
        Shape out = report.layers().stream().filter(l -> l.name().equals("pool")).findFirst().orElseThrow().output();
        assertArrayEquals(new long[] {2, 3, out.height(), out.width()}, pooled.shape());
        for (int n = 0; n < 2; n++) {
            for (int c = 0; c < 3; c++) {
                for (int i = 0; i < out.height(); i++) {
                    for (int j = 0; j < out.width(); j++) {
                        float max = Float.NEGATIVE_INFINITY;
                        for (int r = i * stride - padding; r < i * stride - padding + kernel; r++) {
                            for (int q = j * stride - padding; q < j * stride - padding + kernel; q++) {
                                if (r >= 0 && r < size && q >= 0 && q < size) {
                                    max = Math.max(max, input.getFloat(n, c, r, q));
                                }
                            }
                        }
                        assertEquals(max, pooled.getFloat(n, c, i, j), 0f, "at " + n + "," + c + "," + i + "," + j);
                    }
                }
            }
        }
        graph.fit(new DataSet(input, Nd4j.createFromArray(new float[][] {{1, 0}, {0, 1}})));
        assertTrue(Double.isFinite(graph.score()));
    }
}
