package org.cnnexplorer.dl4j.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cnnexplorer.dl4j.speed.Dl4jRuntime;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Which arrays the kernels may read straight from native memory, and what they read there. */
class NativeFloatsTest {

    @Test
    void aOneByOneWeightViewWithAnyStrideOnItsUnitAxesIsAddressable() {
        Dl4jRuntime.get();
        INDArray flat = Nd4j.arange(0, 2 * 4 * 3).castTo(DataType.FLOAT);
        INDArray weights = Nd4j.create(flat.data(), new long[] {4, 3, 1, 1}, new long[] {3, 1, 5, 7}, 6, 'c');
        assertTrue(NativeFloats.addressable(weights));
        float[] read = new float[12];
        NativeFloats.of(weights).get(read);
        assertArrayEquals(weights.dup('c').reshape(12).toFloatVector(), read);
    }

    @Test
    void transposedAndStridedViewsAreNotAddressableButTheirCopiesAre() {
        Dl4jRuntime.get();
        INDArray matrix = Nd4j.rand(DataType.FLOAT, 3, 4);
        INDArray transposed = matrix.transpose();
        assertFalse(NativeFloats.addressable(transposed));
        assertFalse(NativeFloats.addressable(Nd4j.rand(DataType.FLOAT, 2, 3, 4).dup('f')));
        INDArray copy = NativeFloats.contiguous(transposed);
        assertTrue(NativeFloats.addressable(copy));
        assertArrayEquals(transposed.dup('c').reshape(12).toFloatVector(), NativeFloats.toArray(copy));
    }
}
