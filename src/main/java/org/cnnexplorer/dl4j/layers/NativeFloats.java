package org.cnnexplorer.dl4j.layers;

import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;

/** The native memory of ND4J float arrays as NIO buffers, for loops that run straight on it. */
public final class NativeFloats {

    private NativeFloats() {
    }

    /**
     * True for a float array whose elements lie one after another from its offset: a whole C-order
     * array, or a vector with unit stride (a parameter's, gradient's or updater state's view into
     * the flattened ones; DL4J makes them 'f'-ordered vectors).
     */
    public static boolean addressable(INDArray a) {
        boolean contiguous = a.isVector() ? a.elementWiseStride() == 1
                : a.ordering() == 'c' && Shape.hasDefaultStridesForShape(a);
        return a.dataType() == DataType.FLOAT && contiguous && a.length() <= Integer.MAX_VALUE
                && of(a).capacity() >= a.length();
    }

    /** The array itself when {@link #of} can address it, else a C-order copy (of a float array). */
    public static INDArray contiguous(INDArray a) {
        return addressable(a) ? a : a.dup('c');
    }

    /**
     * The memory of an {@link #addressable} array, element 0 at index 0: a view's buffer is the whole
     * underlying memory positioned at the view's offset, and the slice starts there.
     */
    public static FloatBuffer of(INDArray a) {
        return a.data().asNioFloat().slice();
    }
}
