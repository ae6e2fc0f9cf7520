package org.cnnexplorer.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import onnx.Onnx;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.io.model.ModelFileException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The single-operator forms of the later activations (HardSwish of opset 14, Mish of opset 18,
 * LeakyRelu), put in place of LeNet-5's first Tanh, read as their kinds; a Cast to float is no
 * layer, a cast to another type is refused with its node.
 */
class OnnxElementwiseTest {

    private static Onnx.ModelProto lenet;

    @BeforeAll
    static void load() throws Exception {
        lenet = Onnx.ModelProto.parseFrom(Files.readAllBytes(OnnxImportTest.FIXTURES.resolve("lenet5.onnx")));
    }

    private static byte[] withFirstTanhAs(Onnx.NodeProto.Builder replacement) {
        Onnx.ModelProto.Builder model = lenet.toBuilder();
        Onnx.GraphProto.Builder graph = model.getGraphBuilder();
        for (int i = 0; i < graph.getNodeCount(); i++) {
            if (graph.getNode(i).getName().equals("/Tanh")) {
                Onnx.NodeProto tanh = graph.getNode(i);
                graph.setNode(i, replacement.setName("/Tanh").addInput(tanh.getInput(0)).addOutput(tanh.getOutput(0)));
            }
        }
        return model.build().toByteArray();
    }

    private static Onnx.NodeProto.Builder op(String type) {
        return Onnx.NodeProto.newBuilder().setOpType(type);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"HardSwish, hard-swish, ''", "Mish, mish, ''", "LeakyRelu, leaky-relu, slope 0.2"})
    void aSingleOperatorReadsAsItsKind(String operator, String type, String settings) throws Exception {
        Onnx.NodeProto.Builder node = op(operator);
        if (operator.equals("LeakyRelu")) {
            node.addAttribute(Onnx.AttributeProto.newBuilder().setName("alpha")
                    .setType(Onnx.AttributeProto.AttributeType.FLOAT).setF(0.2f));
        }
        NetworkReport report = NetworkAnalyzer.analyze(OnnxModelReader.read(withFirstTanhAs(node), "x.onnx"));
        LayerReport layer = report.layer("/Tanh").orElseThrow();
        assertEquals(type + " " + settings, layer.type() + " " + layer.settings());
    }

    @org.junit.jupiter.api.Test
    void aCastToFloatOfAComputedTensorIsNoLayer() throws Exception {
        Onnx.NodeProto.Builder cast = op("Cast").addAttribute(Onnx.AttributeProto.newBuilder().setName("to")
                .setType(Onnx.AttributeProto.AttributeType.INT).setI(1));
        NetworkReport report = NetworkAnalyzer.analyze(OnnxModelReader.read(withFirstTanhAs(cast), "x.onnx"));
        NetworkReport original = NetworkAnalyzer.analyze(OnnxModelReader.read(lenet.toByteArray(), "x.onnx"));
        assertEquals(original.layers().size() - 1, report.layers().size());
        assertEquals(original.totals().params(), report.totals().params());
    }

    @org.junit.jupiter.api.Test
    void aCastToAnotherTypeIsRefused() {
        Onnx.NodeProto.Builder cast = op("Cast").addAttribute(Onnx.AttributeProto.newBuilder().setName("to")
                .setType(Onnx.AttributeProto.AttributeType.INT).setI(7));
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> OnnxModelReader.read(withFirstTanhAs(cast), "x.onnx"));
        assertEquals("x.onnx: node /Tanh: op Cast: only a cast to float is supported", e.getMessage());
    }
}
