package org.cnnexplorer.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import onnx.Onnx;
import org.cnnexplorer.io.model.ModelFileException;
import org.cnnexplorer.io.model.ModelSources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged or unsupported ONNX file gets one line naming the file (and the node, where there is
 * one); it is never counted as zero. The cases are made from the LeNet-5 fixture by editing its
 * protobuf: truncated, not ONNX, an unsupported op, a missing initializer, a cyclic graph, huge
 * sizes.
 */
class OnnxErrorsTest {

    private static Onnx.ModelProto lenet;

    @BeforeAll
    static void load() throws Exception {
        lenet = Onnx.ModelProto.parseFrom(Files.readAllBytes(OnnxImportTest.FIXTURES.resolve("lenet5.onnx")));
    }

    private static String error(byte[] bytes) {
        ModelFileException e = assertThrows(ModelFileException.class, () -> OnnxModelReader.read(bytes, "bad.onnx"));
        String message = e.getMessage();
        assertTrue(message.startsWith("bad.onnx: "), message);
        assertFalse(message.contains("\n"), message);
        return message;
    }

    private static String error(UnaryOperator<Onnx.GraphProto.Builder> edit) {
        Onnx.ModelProto.Builder model = lenet.toBuilder();
        model.setGraph(edit.apply(model.getGraph().toBuilder()));
        return error(model.build().toByteArray());
    }

    private static int nodeIndex(Onnx.GraphProto.Builder graph, String name) {
        for (int i = 0; i < graph.getNodeCount(); i++) {
            if (graph.getNode(i).getName().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no node " + name);
    }

    @Test
    void aTruncatedFileIsNamed() {
        byte[] bytes = lenet.toByteArray();
        assertTrue(error(Arrays.copyOf(bytes, bytes.length / 2))
                .startsWith("bad.onnx: not an ONNX model, or a truncated one ("));
    }

    @Test
    void aFileThatIsNotOnnxIsNamed() {
        String message = error("{\"format\": 1, \"layers\": []}".getBytes(StandardCharsets.UTF_8));
        assertTrue(message.startsWith("bad.onnx: not an ONNX model"), message);
        assertEquals("bad.onnx: the file is empty; expected an ONNX model", error(new byte[0]));
    }

    @Test
    void anUnsupportedOperatorNamesTheNodeAndTheOp() {
        String message = error(g -> g.setNode(nodeIndex(g, "/Tanh"), g.getNode(nodeIndex(g, "/Tanh")).toBuilder()
                .setOpType("Gather").setName("/layer3/Gather_2")));
        assertTrue(message.startsWith("bad.onnx: node /layer3/Gather_2: op Gather is not supported; supported ops: "),
                message);
    }

    @Test
    void kerasHardSigmoidIsRefusedNotTakenForPyTorchs() {
        String message = error(g -> g.setNode(nodeIndex(g, "/Tanh"), g.getNode(nodeIndex(g, "/Tanh")).toBuilder()
                .setOpType("HardSigmoid")));
        assertEquals("bad.onnx: node /Tanh: op HardSigmoid: alpha 0.2, beta 0.5 is not supported (only PyTorch's"
                + " hard sigmoid, alpha 1/6 and beta 0.5)", message);
    }

    @Test
    void aProductWithAConstantIsRefused() {
        String message = error(g -> g.setNode(nodeIndex(g, "/Tanh"), g.getNode(nodeIndex(g, "/Tanh")).toBuilder()
                .setOpType("Mul").addInput("c1.bias")));
        assertEquals("bad.onnx: node /Tanh: op Mul: only the product of two computed tensors (e.g."
                + " squeeze-and-excitation's scale) is supported, not a product with a constant", message);
    }

    @Test
    void aSoftplusOutsideMishIsRefused() {
        String message = error(g -> g.setNode(nodeIndex(g, "/Tanh"), g.getNode(nodeIndex(g, "/Tanh")).toBuilder()
                .setOpType("Softplus")));
        assertEquals("bad.onnx: node /Tanh: op Softplus: Softplus is supported only within mish,"
                + " x * tanh(softplus(x))", message);
    }

    @Test
    void aMissingInitializerIsNamed() {
        String message = error(g -> g.removeInitializer(indexOfInitializer(g, "c3.weight")));
        assertEquals("bad.onnx: node /c3/Conv: op Conv: weight 'c3.weight' must be an initializer"
                + " (computed weights are not supported)", message);
    }

    @Test
    void aMissingInputTensorIsNamed() {
        String message = error(g -> g.setNode(nodeIndex(g, "/Tanh"), g.getNode(nodeIndex(g, "/Tanh")).toBuilder()
                .setInput(0, "nowhere")));
        assertEquals("bad.onnx: node /Tanh: op Tanh: reads 'nowhere', which no node, graph input or initializer"
                + " provides (a missing initializer?)", message);
    }

    @Test
    void aCyclicGraphIsRefused() {
        String message = error(g -> {
            int tanh = nodeIndex(g, "/Tanh");
            Onnx.NodeProto first = g.getNode(0).toBuilder().setInput(0, g.getNode(tanh).getOutput(0)).build();
            return g.setNode(0, first);
        });
        assertEquals("bad.onnx: node /c1/Conv: op Conv: reads '/Tanh_output_0' before any node computes it"
                + " (the graph is cyclic or not in topological order)", message);
    }

    @Test
    void hugeSizesAreRefusedNotWrapped() {
        String input = error(g -> {
            Onnx.ValueInfoProto.Builder value = g.getInput(0).toBuilder();
            value.getTypeBuilder().getTensorTypeBuilder().getShapeBuilder().getDimBuilder(2).setDimValue(1L << 40);
            return g.setInput(0, value);
        });
        assertTrue(input.startsWith("bad.onnx: input 'image' dimension 2 is 1099511627776; "), input);
        String weights = error(g -> {
            int w = indexOfInitializer(g, "f6.weight");
            return g.setInitializer(w, g.getInitializer(w).toBuilder().setDims(0, 1L << 33));
        });
        assertTrue(weights.startsWith("bad.onnx: node /f6/Gemm: op Gemm: units 8589934592 is out of range"), weights);
    }

    @Test
    void weightsThatDoNotFitTheLayerAreRefused() {
        String message = error(g -> {
            int w = indexOfInitializer(g, "c3.bias");
            return g.setInitializer(w, g.getInitializer(w).toBuilder().setDims(0, 17).clearRawData());
        });
        assertEquals("bad.onnx: node /c3/Conv: its initializers hold 2,417 values but a conv2d layer of this shape"
                + " has 2,416 parameters and buffers", message);
    }

    @Test
    void aDirectoryOrAMissingFileIsNamed(@TempDir Path dir) {
        ModelFileException folder = assertThrows(ModelFileException.class,
                () -> ModelSources.read(dir.resolve("x.onnx").getParent().resolve("folder.onnx")));
        assertTrue(folder.getMessage().endsWith("folder.onnx: no such file"), folder.getMessage());
    }

    private static int indexOfInitializer(Onnx.GraphProto.Builder graph, String name) {
        for (int i = 0; i < graph.getInitializerCount(); i++) {
            if (graph.getInitializer(i).getName().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no initializer " + name);
    }
}
