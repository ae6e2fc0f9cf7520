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
        boolean contiguous = a.isVector() ? a.elementWiseStride() == 1 : denseInCOrder(a);
        return a.dataType() == DataType.FLOAT && contiguous && a.length() <= Integer.MAX_VALUE
                && of(a).capacity() >= a.length();
    }

    /**
     * Whether the strides are those of a C-order array of this shape, where an axis of length 1 may have any
     * stride (ND4J gives the weights of a 1x1 convolution, [O, C, 1, 1], strides that {@link
     * Shape#hasDefaultStridesForShape} does not accept, though their values lie one after another).
     */
    static boolean denseInCOrder(INDArray a) {
        long[] shape = a.shape();
        long[] strides = a.stride();
        long expected = 1;
        for (int axis = shape.length - 1; axis >= 0; axis--) {
            if (shape[axis] != 1 && strides[axis] != expected) {
                return false;
            }
            expected *= shape[axis];
        }
        return true;
    }

    /**
     * The values of {@code a} (any type, order or strides) in C order as a new Java array; the native copies
     * made on the way (a cast, a C-order copy) are freed at once where they can be (not inside a workspace)
     * rather than when the garbage collector finds them.
     */
    public static float[] toArray(INDArray a) {
        if (a.isEmpty()) {
            return new float[0];
        }
        INDArray floats = a.castTo(DataType.FLOAT);
        INDArray contiguous = contiguous(floats);
        try {
            float[] values = new float[Math.toIntExact(contiguous.length())];
            of(contiguous).get(values);
            return values;
        } finally {
            release(contiguous, a);
            if (floats != contiguous) {
                release(floats, a);
            }
        }
    }

    private static void release(INDArray copy, INDArray original) {
        if (copy != original && copy.closeable()) {
            copy.close();
        }
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
