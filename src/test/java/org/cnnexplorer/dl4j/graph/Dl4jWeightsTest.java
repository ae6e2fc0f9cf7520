package org.cnnexplorer.dl4j.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.dl4j.speed.Dl4jRuntime;
import org.cnnexplorer.io.model.ModelFiles;
import org.cnnexplorer.training.NetworkWeights;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;

/** Values written into a DL4J graph in PyTorch's layouts read back the same (batch norm included). */
class Dl4jWeightsTest {

    private static final String NET = """
            {"format": 1, "id": "tiny", "input": "2x6x6", "classes": 3, "layers": [
              {"name": "conv", "type": "conv2d", "filters": 4, "kernel": 3, "bias": false},
              {"name": "bn", "type": "batchnorm"},
              {"name": "relu", "type": "relu"},
              {"name": "flat", "type": "flatten"},
              {"name": "hidden", "type": "dense", "units": 5},
              {"name": "out", "type": "dense", "units": "classes"}
            ]}""";

    @Test
    void writtenValuesReadBackInPyTorchLayouts() throws Exception {
        Dl4jRuntime.get();
        NetworkSpec spec = ModelFiles.parse(NET, "tiny.json");
        NetworkReport report = NetworkAnalyzer.analyze(spec);
        ComputationGraph graph = new ComputationGraph(Dl4jGraphFactory.configure(report,
                new GraphOptions(Optimizer.SGD, 0.01, 1)));
        graph.init();
        Random random = new Random(3);
        Map<String, float[]> tensors = new HashMap<>();
        tensors.put("conv.weight", values(random, 4 * 2 * 3 * 3, false));
        tensors.put("bn.weight", values(random, 4, false));
        tensors.put("bn.bias", values(random, 4, false));
        tensors.put("bn.running_mean", values(random, 4, false));
        tensors.put("bn.running_var", values(random, 4, true));
        tensors.put("hidden.weight", values(random, 5 * 64, false));
        tensors.put("hidden.bias", values(random, 5, false));
        tensors.put("out.weight", values(random, 3 * 5, false));
        tensors.put("out.bias", values(random, 3, false));
        Dl4jWeights.write(graph, report, new NetworkWeights(tensors));
        NetworkWeights back = Dl4jWeights.read(graph, report);
        assertEquals(tensors.keySet(), back.tensors().keySet());
        for (String key : tensors.keySet()) {
            assertArrayEquals(tensors.get(key), back.tensors().get(key), 1e-5f, key);
        }
        // out x in: row 1 of PyTorch's out.weight is DL4J's column 1
        assertEquals(tensors.get("out.weight")[5], graph.getLayer("out").getParam("W").getFloat(0, 1), 0f);
    }

    private static float[] values(Random random, int count, boolean positive) {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = positive ? 0.5f + random.nextFloat() : (float) random.nextGaussian();
        }
        return values;
    }
}
