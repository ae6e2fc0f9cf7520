package org.cnnexplorer.dl4j.layers;

import org.bytedeco.dnnl.engine;
import org.bytedeco.dnnl.memory;
import org.bytedeco.dnnl.stream;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * oneDNN's own API (JavaCPP's {@code dnnl} presets), beside the copy that libnd4j links statically: one CPU
 * engine, a stream and scratch memory per thread, and ND4J arrays' memory as oneDNN handles. The presets'
 * library uses the OpenMP runtime libnd4j has loaded (same soname), so its thread count is the one
 * {@code ThreadPolicy} sets. Where the library cannot be loaded, {@link #available()} is false and the layers
 * keep libnd4j's routes.
 */
final class OneDnn {

    private static final Logger LOG = LoggerFactory.getLogger(OneDnn.class);

    /** Set (to anything) to keep libnd4j's convolution routes, for comparisons. */
    static final String OFF = "CNNX_ONEDNN_OFF";

    /** Scratch memory is aligned to oneDNN's preferred 64 bytes. */
    private static final long ALIGNMENT = 64;

    private static final engine ENGINE = loadEngine();

    private static final ThreadLocal<stream> STREAMS = ThreadLocal.withInitial(() -> new stream(ENGINE));

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private static volatile boolean used = true;

    private OneDnn() {
    }

    private static engine loadEngine() {
        if (System.getenv(OFF) != null) {
            return null;
        }
        try {
            return new engine(engine.kind.cpu, 0);
        } catch (LinkageError | RuntimeException e) {
            LOG.warn("oneDNN's own library did not load ({}); convolutions run on libnd4j's routes", e.toString());
            return null;
        }
    }

    /** Whether the layers' training passes run on oneDNN's own primitives (loaded, and not switched off). */
    static boolean available() {
        return used && ENGINE != null;
    }

    /** Switches the oneDNN routes on or off for layers built from now on and for later passes; tests compare. */
    static void use(boolean on) {
        used = on;
    }

    static engine engine() {
        return ENGINE;
    }

    /** This thread's stream (primitives run synchronously on the CPU engine). */
    static stream stream() {
        return STREAMS.get();
    }

    /** The description of float arrays of {@code shape} in the layout {@code tag} ({@code any}: oneDNN's choice). */
    static memory.desc floats(long[] shape, memory.format_tag tag) {
        return new memory.desc(shape, memory.data_type.f32, tag);
    }

    /**
     * The padding after the last window along an axis that makes oneDNN's output length {@code out}, the
     * layer's: {@code (out - 1) * stride + reach - in - padLeft}, at least 0 (input beyond the last window is
     * never read, so where DL4J's "truncate" drops it no padding is needed). {@code reach} is the window's extent,
     * {@code (k - 1) * dilation + 1}.
     */
    static long rightPadding(long in, long out, long reach, long stride, long padLeft) {
        return Math.max(0, (out - 1) * stride + reach - in - padLeft);
    }

    /** A oneDNN memory object without a handle yet ({@link #bind} sets it before each call). */
    static memory unbound(memory.desc desc) {
        return new memory(desc, ENGINE, (Pointer) null);
    }

    /** Points {@code m} at the first element of an {@link NativeFloats#addressable} float array. */
    static void bind(memory m, INDArray array) {
        m.set_data_handle(new Address(array.data().address() + array.offset() * Float.BYTES));
    }

    /**
     * Points {@code m} (of {@code bytes}, its description's size) at this thread's scratch slot {@code slot},
     * grown to that size: the blocked copies that live only for one call share these few buffers across all
     * layers.
     */
    static void bindScratch(memory m, int slot, long bytes) {
        m.set_data_handle(new Address(SCRATCH.get().address(slot, bytes)));
    }

    /** A raw address as a JavaCPP pointer, owning nothing. */
    private static final class Address extends Pointer {
        Address(long address) {
            this.address = address;
        }
    }

    /** Growable, aligned native buffers of one thread; freed by JavaCPP when the thread's copy is collected. */
    private static final class Scratch {
        private final Pointer[] buffers = new Pointer[4];
        private final long[] sizes = new long[4];

        long address(int slot, long bytes) {
            if (bytes > sizes[slot]) {
                if (buffers[slot] != null) {
                    buffers[slot].deallocate();
                }
                Pointer buffer = new org.bytedeco.javacpp.BytePointer(bytes + ALIGNMENT);
                if (buffer.isNull()) {
                    throw new OutOfMemoryError("oneDNN scratch of " + bytes + " bytes");
                }
                buffers[slot] = buffer;
                sizes[slot] = bytes;
            }
            long start = buffers[slot].address();
            return (start + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
        }
    }
}
