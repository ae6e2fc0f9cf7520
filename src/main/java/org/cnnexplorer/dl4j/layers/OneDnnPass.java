package org.cnnexplorer.dl4j.layers;

import org.bytedeco.dnnl.IntMemoryMap;
import org.bytedeco.dnnl.global.dnnl;
import org.bytedeco.dnnl.memory;
import org.bytedeco.dnnl.primitive;
import org.bytedeco.dnnl.reorder;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One oneDNN primitive with its arguments, built once and run many times. Each input and output is an ND4J
 * array in its plain layout, bound per call ({@link OneDnn#bind}); where the primitive wants another layout, it
 * reads or writes a blocked copy in one of the thread's scratch slots, with the reorder into it (inputs) or out
 * of it (outputs) run around the primitive. A {@link #fixed} argument is memory the caller keeps (a workspace).
 */
final class OneDnnPass {

    private static final int MOST = 8;

    private final primitive primitive;
    private final IntMemoryMap arguments = new IntMemoryMap();
    private final Binding[] inputs = new Binding[MOST];
    private final Binding[] outputs = new Binding[MOST];
    private int inputCount;
    private int outputCount;

    /**
     * One argument: the plain memory bound to an array, and the blocked copy with its reorder and size in
     * bytes, if any.
     */
    private record Binding(memory plain, memory copy, reorder reorder, int slot, long bytes) {
    }

    OneDnnPass(primitive primitive) {
        this.primitive = primitive;
    }

    /** Whether two memory descriptions are the same layout of the same shape. */
    static boolean same(memory.desc a, memory.desc b) {
        return dnnl.dnnl_memory_desc_equal(a.data(), b.data()) != 0;
    }

    /** The next input: arrays laid out as {@code plain}, read by the primitive as {@code wanted}. */
    void input(int argument, memory.desc plain, memory.desc wanted, int slot) {
        inputs[inputCount++] = bind(argument, plain, wanted, slot, true);
    }

    /** The next input, read by the primitive as the arrays are laid out ({@code layout}); no copy, no reorder. */
    void input(int argument, memory.desc layout) {
        input(argument, layout, layout, -1);
    }

    /** The next output, written by the primitive straight into arrays laid out as {@code layout}. */
    void output(int argument, memory.desc layout) {
        output(argument, layout, layout, -1);
    }

    /** The next output: written by the primitive as {@code wanted}, into arrays laid out as {@code plain}. */
    void output(int argument, memory.desc plain, memory.desc wanted, int slot) {
        outputs[outputCount++] = bind(argument, plain, wanted, slot, false);
    }

    /** The next output, kept only in scratch slot {@code slot} (a result nobody reads, such as a recomputed map). */
    void scratchOutput(int argument, memory.desc wanted, int slot) {
        memory copy = OneDnn.unbound(wanted);
        arguments.put(argument, copy);
        outputs[outputCount++] = new Binding(null, copy, null, slot, wanted.get_size());
    }

    /** An argument whose memory the caller owns and keeps (bound once, never reordered). */
    void fixed(int argument, memory kept) {
        arguments.put(argument, kept);
    }

    private Binding bind(int argument, memory.desc plain, memory.desc wanted, int slot, boolean in) {
        memory user = OneDnn.unbound(plain);
        if (same(plain, wanted)) {
            arguments.put(argument, user);
            return new Binding(user, null, null, slot, 0);
        }
        memory copy = OneDnn.unbound(wanted);
        arguments.put(argument, copy);
        return new Binding(user, copy, in ? new reorder(user, copy) : new reorder(copy, user), slot,
                wanted.get_size());
    }

    /** Whether input {@code i} goes through a blocked copy. */
    boolean copies(int i) {
        return inputs[i].reorder() != null;
    }

    /** The layout the primitive wants for input {@code i}. */
    memory.desc wanted(int i) {
        Binding b = inputs[i];
        return (b.copy() != null ? b.copy() : b.plain()).get_desc();
    }

    void run(INDArray[] in, INDArray... out) {
        run(in, -1, out);
    }

    /**
     * Runs the primitive on {@code in} (in the order the inputs were declared) into {@code out} (the outputs
     * that are not {@link #scratchOutput}s, in their order); input
     * {@code ready} (or none, -1) is already in its scratch slot in the wanted layout, put there by a pass before.
     */
    void run(INDArray[] in, int ready, INDArray... out) {
        var stream = OneDnn.stream();
        for (int i = 0; i < inputCount; i++) {
            Binding b = inputs[i];
            OneDnn.bind(b.plain(), in[i]);
            if (b.reorder() != null) {
                OneDnn.bindScratch(b.copy(), b.slot(), b.bytes());
                if (i != ready) {
                    b.reorder().execute(stream, b.plain(), b.copy());
                }
            }
        }
        for (int i = 0; i < outputCount; i++) {
            Binding b = outputs[i];
            if (b.plain() != null) {
                OneDnn.bind(b.plain(), out[i]);
            }
            if (b.copy() != null) {
                OneDnn.bindScratch(b.copy(), b.slot(), b.bytes());
            }
        }
        primitive.execute(stream, arguments);
        for (int i = 0; i < outputCount; i++) {
            Binding b = outputs[i];
            if (b.reorder() != null) {
                b.reorder().execute(stream, b.copy(), b.plain());
            }
        }
    }
}
