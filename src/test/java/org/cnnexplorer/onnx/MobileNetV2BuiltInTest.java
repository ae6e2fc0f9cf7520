package org.cnnexplorer.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.io.model.ModelCatalog;
import org.junit.jupiter.api.Test;

/**
 * The built-in {@code mobilenet-v2} against torchvision's exported model, layer by layer: its layers
 * carry torchvision's module names, so each ONNX node's module path ({@code /features/features.3/conv/
 * conv.0/conv.0.0/Conv} is module {@code features.3.conv.0.0}; the residual {@code Add} of
 * {@code features.3} is the built-in's {@code features.3.add}) names the built-in layer whose output
 * shape must equal the one PyTorch's export infers.
 */
class MobileNetV2BuiltInTest {

    @Test
    void everyModuleOfTorchvisionsModelHasTheBuiltInLayersShape() throws Exception {
        NetworkReport builtIn = NetworkAnalyzer.analyze(ModelCatalog.load("mobilenet-v2"));
        JsonNode outputs = OnnxImportTest.reference("mobilenet_v2").get("outputs");
        int compared = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = outputs.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> node = it.next();
            String module = moduleName(node.getKey());
            if (module.isEmpty()) {
                continue; // the functional pooling and flatten have no module
            }
            LayerReport layer = builtIn.layer(module).orElseThrow(() -> new AssertionError("no layer " + module));
            assertEquals(shape(node.getValue()), layer.output().toString(), module);
            compared++;
        }
        assertEquals(builtIn.layers().size() - 4, compared,
                "all but the input, avgpool, flatten and the dropout classifier.0 (an inference export has none)");
    }

    @Test
    void moduleNamesFollowTheExportersScopes() {
        assertEquals("features.3.conv.0.0", moduleName("/features/features.3/conv/conv.0/conv.0.0/Conv"));
        assertEquals("features.3.add", moduleName("/features/features.3/Add"));
        assertEquals("classifier.1", moduleName("/classifier/classifier.1/Gemm"));
        assertEquals("", moduleName("/GlobalAveragePool"));
    }

    /** The module path of a node: each scope that extends the one before replaces it, others nest. */
    static String moduleName(String node) {
        String[] parts = node.substring(1).split("/");
        List<String> path = new ArrayList<>();
        for (int i = 0; i < parts.length - 1; i++) {
            if (!path.isEmpty() && parts[i].startsWith(path.get(path.size() - 1) + ".")) {
                path.set(path.size() - 1, parts[i]);
            } else {
                path.add(parts[i]);
            }
        }
        String op = parts[parts.length - 1];
        if (op.equals("Add") && !path.isEmpty()) {
            path.add("add");
        }
        return String.join(".", path);
    }

    private static String shape(JsonNode dims) {
        List<String> parts = new ArrayList<>();
        dims.forEach(d -> parts.add(d.asText()));
        return String.join("x", parts);
    }
}
