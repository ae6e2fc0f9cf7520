package org.cnnexplorer.core;

import static org.cnnexplorer.core.Fixtures.network;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MinimumInputTest {

    /** conv 11x11 stride 4 padding 2, then three 3x3 stride-2 max pools: AlexNet's shrinking path. */
    private static final NetworkSpec ALEXNET_PATH = network(Shape.of(3, 32, 32),
            NodeSpec.of("conv1", Conv2dSpec.of(8, 11, 4, 2, true)),
            NodeSpec.of("pool1", PoolSpec.max(3, 2, 0, false)),
            NodeSpec.of("pool2", PoolSpec.max(3, 2, 0, false)),
            NodeSpec.of("pool5", PoolSpec.max(3, 2, 0, false)));

    private static AnalysisSettings at(int side) {
        return new AnalysisSettings(Shape.of(3, side, side), 10, 1, DType.FLOAT32, Optimizer.SGD);
    }

    @Test
    void findsTheSmallestSideWhoseEveryPoolGetsAWholeWindow() {
        // 63: conv1 (63 + 4 - 11) / 4 + 1 = 15, pools 7, 3, 1; at 62 conv1 gives 14, pool2 gets 2x2 ... 6 -> 2 -> 0
        assertEquals(Optional.of(Size2d.square(63)), MinimumInput.find(ALEXNET_PATH, at(32)));
        assertTrue(NetworkAnalyzer.analyze(ALEXNET_PATH, at(63)).isValid());
        assertTrue(!NetworkAnalyzer.analyze(ALEXNET_PATH, at(62)).isValid());
    }

    @Test
    void doesNotDependOnTheSizeItStartsFrom() {
        assertEquals(MinimumInput.find(ALEXNET_PATH, at(32)), MinimumInput.find(ALEXNET_PATH, at(1000)));
    }

    @Test
    void aNetworkWithoutShrinkingRunsFromOnePixel() {
        NetworkSpec dense = network(Shape.of(1, 8, 8), NodeSpec.of("flatten", new FlattenSpec()),
                NodeSpec.of("fc", DenseSpec.classifier()));
        assertEquals(Optional.of(Size2d.square(1)), MinimumInput.find(dense, at(8)));
    }

    @Test
    void aNetworkThatFailsBecauseItsInputIsTooLargeIsNotSaidToRunFromASmallerSize() {
        NetworkSpec dense = network(Shape.of(3, 100_000, 100_000),
                NodeSpec.of("conv", Conv2dSpec.of(64, 3, 1, 0, true)), NodeSpec.of("flatten", new FlattenSpec()), NodeSpec.of("fc", DenseSpec.classifier()));
        NetworkReport tooLarge = NetworkAnalyzer.analyze(dense, at(100_000));
        assertTrue(!tooLarge.isValid(), "flatten gives more than 2^31 values");
        assertEquals(Optional.empty(), MinimumInput.forProblem(tooLarge));
        assertEquals("", MinimumInput.phrase(tooLarge));
        assertEquals(Optional.of(Size2d.square(3)), MinimumInput.find(dense, at(100_000)));
    }

    @Test
    void aNetworkThatNeverRunsHasNoMinimum() {
        NetworkSpec mismatched = network(Shape.of(3, 8, 8),
                NodeSpec.of("a", Conv2dSpec.of(8, 1, 1, 0, true)),
                NodeSpec.of("b", Conv2dSpec.of(16, 1, 1, 0, true), "input"),
                NodeSpec.of("sum", new AddSpec(), "a", "b"));
        assertEquals(Optional.empty(), MinimumInput.find(mismatched, at(8)));
    }

    @Test
    void theProblemPhraseNamesTheSizeAndIsEmptyForARunningNetwork() {
        assertEquals("runs from 63x63", MinimumInput.phrase(NetworkAnalyzer.analyze(ALEXNET_PATH, at(32))));
        assertEquals("", MinimumInput.phrase(NetworkAnalyzer.analyze(ALEXNET_PATH, at(224))));
    }
}
