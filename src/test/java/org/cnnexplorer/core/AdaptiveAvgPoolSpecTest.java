package org.cnnexplorer.core;

import static org.cnnexplorer.core.Fixtures.in;
import static org.cnnexplorer.core.Fixtures.shapeProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdaptiveAvgPoolSpecTest {

    @ParameterizedTest(name = "{0}x{1}x{1} -> {2}x{2}: window {3}, stride {4}, other ops {5}")
    @CsvSource({
        // channels, in, out, widest window, stride (for the receptive field), other ops
        "256,  13, 6, 3, 2,  52480",  // a 13x13 map into 6x6: windows of 3, starting 2 apart
        "256,  6,  6, 1, 1,  18432",  // AlexNet at 224: pool5 is already 6x6
        "512,  14, 7, 2, 2, 125440",  // VGG16 avgpool at 448
        "512,  1,  7, 1, 1,  50176",  // VGG16 at 32: the 1x1 map is replicated to 7x7 (copies, see below)
        "2048, 7,  1, 7, 7, 102400",  // ResNet50 global average pooling
        "8,    5,  3, 3, 1,    272",  // PyTorch windows [0,2), [1,4), [3,5): the widest is 3
    })
    void outputIsFixedWhateverTheInput(int channels, int size, int out, int window, int stride, long otherOps) {
        AdaptiveAvgPoolSpec pool = new AdaptiveAvgPoolSpec(Size2d.square(out));
        LayerInputs inputs = in(channels, size, size);
        Shape output = pool.outputShape(inputs);
        assertEquals(Shape.of(channels, out, out), output);
        assertEquals(0, pool.params(inputs));
        assertEquals(otherOps, pool.otherOps(inputs, output));
        ReceptiveField field = pool.receptiveField(List.of(ReceptiveField.PIXEL), inputs);
        assertEquals(window, field.sizeHeight());
        assertEquals(window, field.sizeWidth());
        assertEquals(stride, field.jumpHeight());
        assertEquals(stride, field.jumpWidth());
    }

    @Test
    void oneByOneOutputIsGlobalAveragePooling() {
        assertEquals("global-avgpool", AdaptiveAvgPoolSpec.global().type());
        assertEquals("adaptive-avgpool", new AdaptiveAvgPoolSpec(Size2d.square(6)).type());
    }

    @Test
    void flatInputIsAProblem() {
        assertEquals("global-avgpool needs a CxHxW feature map but gets a flat vector of 4 values",
                shapeProblem(AdaptiveAvgPoolSpec.global(), Fixtures.vector(4)).getMessage());
    }
}
