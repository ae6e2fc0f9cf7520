package org.cnnexplorer.core;

import static org.cnnexplorer.core.Fixtures.named;
import static org.cnnexplorer.core.Fixtures.shapeProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Concat and add, the two layers where branches meet. */
class MergeLayersTest {

    @Test
    void concatAddsUpTheChannels() {
        LayerInputs inputs = named(Shape.of(64, 28, 28), Shape.of(128, 28, 28), Shape.of(32, 28, 28),
                Shape.of(32, 28, 28));
        assertEquals(Shape.of(256, 28, 28), new ConcatSpec().outputShape(inputs));
    }

    @Test
    void concatOfVectorsIsAVector() {
        assertEquals(Shape.vector(30), new ConcatSpec().outputShape(named(Shape.vector(10), Shape.vector(20))));
    }

    @Test
    void concatOfDifferentSpatialSizesNamesBothInputs() {
        assertEquals("concat of different spatial sizes: a 64x28x28 vs b 32x14x14",
                shapeProblem(new ConcatSpec(), named(Shape.of(64, 28, 28), Shape.of(32, 14, 14))).getMessage());
    }

    @Test
    void addKeepsTheShapeAndCountsOneAddPerValuePerExtraInput() {
        LayerInputs inputs = named(Shape.of(256, 56, 56), Shape.of(256, 56, 56));
        AddSpec add = new AddSpec();
        assertEquals(Shape.of(256, 56, 56), add.outputShape(inputs));
        assertEquals(256L * 56 * 56, add.otherOps(inputs, inputs.shape()));
        LayerInputs three = named(Shape.of(2, 2, 2), Shape.of(2, 2, 2), Shape.of(2, 2, 2));
        assertEquals(16, add.otherOps(three, three.shape()));
    }

    @Test
    void addOfDifferentChannelCountsIsAChannelMismatch() {
        assertEquals("channel mismatch at add: a 256x56x56 vs b 64x56x56",
                shapeProblem(new AddSpec(), named(Shape.of(256, 56, 56), Shape.of(64, 56, 56))).getMessage());
    }

    @Test
    void addOfDifferentSpatialSizesIsASizeMismatch() {
        assertEquals("size mismatch at add: a 256x28x28 vs b 256x56x56",
                shapeProblem(new AddSpec(), named(Shape.of(256, 28, 28), Shape.of(256, 56, 56))).getMessage());
    }

    @Test
    void mergedReceptiveFieldIsTheWidestBranch() {
        ReceptiveField narrow = new ReceptiveField(11, 11, 4, 4);
        ReceptiveField wide = new ReceptiveField(19, 19, 4, 4);
        LayerInputs inputs = named(Shape.of(1, 5, 5), Shape.of(1, 5, 5));
        assertEquals(wide, new AddSpec().receptiveField(List.of(narrow, wide), inputs));
        assertEquals(wide, new ConcatSpec().receptiveField(List.of(wide, narrow), inputs));
    }
}
