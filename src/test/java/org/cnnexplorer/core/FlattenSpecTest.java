package org.cnnexplorer.core;

import static org.cnnexplorer.core.Fixtures.in;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlattenSpecTest {

    @ParameterizedTest(name = "{0}x{1}x{2} -> {3}")
    @CsvSource({"256, 6, 6, 9216", "512, 7, 7, 25088", "2048, 1, 1, 2048", "120, 1, 1, 120", "1, 4, 4, 16"})
    void outputIsAVectorOfAllValues(int channels, int height, int width, int features) {
        assertEquals(Shape.vector(features), new FlattenSpec().outputShape(in(channels, height, width)));
    }

    @Test
    void flatteningAVectorKeepsIt() {
        assertEquals(Shape.vector(84), new FlattenSpec().outputShape(Fixtures.vector(84)));
    }

    @Test
    void flattenIsAViewWithoutParametersOrMemory() {
        FlattenSpec flatten = new FlattenSpec();
        assertFalse(flatten.storesActivation());
        assertEquals(0, flatten.params(in(256, 6, 6)));
        assertEquals(0, flatten.otherOps(in(256, 6, 6), Shape.vector(9216)));
    }

    @Test
    void receptiveFieldSpansTheWholeMap() {
        ReceptiveField field = new FlattenSpec().receptiveField(List.of(new ReceptiveField(195, 195, 32, 32)),
                in(256, 6, 6));
        assertEquals(new ReceptiveField(195 + 5 * 32, 195 + 5 * 32, 192, 192), field);
    }
}
