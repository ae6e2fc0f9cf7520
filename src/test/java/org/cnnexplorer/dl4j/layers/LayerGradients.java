package org.cnnexplorer.dl4j.layers;

import java.util.HashMap;
import java.util.Map;
import org.cnnexplorer.dl4j.ArrayAsserts;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/** What the tuned layers' differential tests compare: every parameter's gradient for one batch. */
final class LayerGradients {

    private LayerGradients() {
    }

    /** Copies of the graph's gradients (by variable name) for the batch; the graph keeps its parameters. */
    static Map<String, INDArray> of(ComputationGraph graph, DataSet batch) {
        graph.setInputs(batch.getFeatures());
        graph.setLabels(batch.getLabels());
        graph.computeGradientAndScore();
        Map<String, INDArray> copies = new HashMap<>();
        graph.gradient().gradientForVariable().forEach((name, value) -> copies.put(name, value.dup()));
        return copies;
    }

    /**
     * Fails unless every gradient in {@code actual} is within {@code tolerance} of the one in
     * {@code expected}, relative to the largest expected magnitude; {@code when} names the step.
     */
    static void assertClose(Map<String, INDArray> expected, Map<String, INDArray> actual, double tolerance,
                            String when) {
        expected.forEach((name, value) -> ArrayAsserts.assertClose(value, actual.get(name), tolerance,
                name + " " + when));
    }

    /** One-hot labels of 3 classes, example i in class i mod 3. */
    static INDArray labels(int batch) {
        INDArray labels = Nd4j.zeros(DataType.FLOAT, batch, 3);
        for (int i = 0; i < batch; i++) {
            labels.putScalar(i, i % 3, 1);
        }
        return labels;
    }
}
