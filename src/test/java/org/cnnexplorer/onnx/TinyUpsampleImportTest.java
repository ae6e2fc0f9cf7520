package org.cnnexplorer.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import onnx.Onnx;
import org.cnnexplorer.core.ChannelShuffleSpec;
import org.cnnexplorer.core.ConvTranspose2dSpec;
import org.cnnexplorer.core.CropSpec;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.Size2d;
import org.cnnexplorer.core.SliceSpec;
import org.cnnexplorer.core.UpsampleSpec;
import org.junit.jupiter.api.Test;

/**
 * tiny-upsample.onnx (scripts/export_onnx_fixtures.py, PyTorch 1.13 with constant folding):
 * transposed convolutions, nearest and bilinear Resize, a channel Split, Slice and shuffle and a
 * centre crop read into PyTorch's parameters, MACs (transposed convolutions counted per input
 * value) and every output shape onnx.shape_inference gives.
 */
class TinyUpsampleImportTest {

    private static final String NAME = "tiny-upsample";

    /**
     * Node groups read as one layer named after the group's first node, by last node: the height
     * and width slices are one crop; Reshape, Transpose and Reshape one channel shuffle.
     */
    private static final Map<String, String> FUSED_INTO_FIRST = Map.of("/Slice_2", "/Slice_1", "/Reshape_1",
            "/Reshape");

    @Test
    void totalsEqualPyTorchs() throws Exception {
        NetworkReport report = OnnxImportTest.imported(NAME);
        JsonNode ref = OnnxImportTest.reference(NAME);
        assertTrue(report.isValid(), () -> report.problems().toString());
        assertEquals(ref.get("params").asLong(), report.totals().params());
        assertEquals(1_450, report.totals().params());
        assertEquals(ref.get("macs").asLong(), report.totals().macs());
        assertEquals(13_824 + 65_536 + 36_864 + 40, report.totals().macs());
    }

    @Test
    void everyLayerHasTheShapeOnnxInfers() throws Exception {
        NetworkReport report = OnnxImportTest.imported(NAME);
        JsonNode outputs = OnnxImportTest.reference(NAME).get("outputs");
        int compared = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = outputs.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (FUSED_INTO_FIRST.containsValue(entry.getKey()) || entry.getKey().equals("/Transpose")) {
                continue; // inner nodes of a fused group: a 5-D view, a height-only slice
            }
            String name = entry.getKey().equals("/Split") ? "/Split.0" : entry.getKey(); // its first output
            var found = report.layer(FUSED_INTO_FIRST.getOrDefault(name, name));
            if (found.isEmpty()) {
                continue;
            }
            JsonNode dims = entry.getValue();
            String expected = dims.size() == 1 ? dims.get(0).asText()
                    : dims.get(0).asText() + "x" + dims.get(1).asText() + "x" + dims.get(2).asText();
            assertEquals(expected, found.get().output().toString(), entry.getKey());
            compared++;
        }
        assertEquals(report.layers().size(), compared + 2, "every layer but the input and the split's second half");
    }

    @Test
    void theOperatorsBecomeTheNewKinds() throws Exception {
        NetworkReport report = OnnxImportTest.imported(NAME);
        assertEquals(new ConvTranspose2dSpec(4, Size2d.square(3), Size2d.square(2), Size2d.ONE, Size2d.ONE,
                Size2d.ONE, 1, false), spec(report, "/up2/ConvTranspose"));
        assertEquals(new SliceSpec(0, 4), spec(report, "/Split.0"));
        assertEquals(new SliceSpec(4, 8), spec(report, "/Split.1"));
        assertEquals(UpsampleSpec.nearest(2), spec(report, "/Resize"));
        assertEquals(new UpsampleSpec(Size2d.square(2), null, UpsampleSpec.Mode.BILINEAR, false),
                spec(report, "/Resize_1"));
        assertEquals(new ChannelShuffleSpec(2), spec(report, "/Reshape"));
        assertEquals(new SliceSpec(2, 6), spec(report, "/Slice"));
        assertEquals(new CropSpec(Size2d.square(56)), spec(report, "/Slice_1"));
    }

    @Test
    void scalesConcatenatedFromConstantsAsWithoutConstantFoldingAreRead() throws Exception {
        Onnx.ModelProto model = Onnx.ModelProto.parseFrom(
                java.nio.file.Files.readAllBytes(OnnxImportTest.FIXTURES.resolve(NAME + ".onnx")));
        Onnx.GraphProto.Builder graph = model.getGraph().toBuilder();
        int resize = 0;
        while (!graph.getNode(resize).getName().equals("/Resize")) {
            resize++;
        }
        graph.setNode(resize, graph.getNode(resize).toBuilder().setInput(2, "scales"));
        graph.addNode(resize, Onnx.NodeProto.newBuilder().setName("/Concat_scales").setOpType("Concat")
                .addInput("ones").addInput("twos").addOutput("scales").addAttribute(Onnx.AttributeProto.newBuilder()
                        .setName("axis").setType(Onnx.AttributeProto.AttributeType.INT).setI(0)));
        for (String name : List.of("twos", "ones")) {
            float value = name.equals("ones") ? 1f : 2f;
            graph.addNode(resize, Onnx.NodeProto.newBuilder().setName("/" + name).setOpType("Constant")
                    .addOutput(name).addAttribute(Onnx.AttributeProto.newBuilder().setName("value")
                            .setType(Onnx.AttributeProto.AttributeType.TENSOR).setT(Onnx.TensorProto.newBuilder()
                                    .setDataType(1).addDims(2).addFloatData(value).addFloatData(value))));
        }
        NetworkReport report = NetworkAnalyzer.analyze(OnnxModelReader.read(
                model.toBuilder().setGraph(graph).build().toByteArray(), NAME + ".onnx"));
        assertEquals(UpsampleSpec.nearest(2), spec(report, "/Resize"));
        assertEquals(OnnxImportTest.imported(NAME).totals(), report.totals());
    }

    private static Object spec(NetworkReport report, String name) {
        return report.layer(name).map(LayerReport::spec).orElseThrow(() -> new AssertionError("no layer " + name));
    }
}
