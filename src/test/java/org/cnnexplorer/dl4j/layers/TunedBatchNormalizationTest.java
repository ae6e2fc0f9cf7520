package org.cnnexplorer.dl4j.layers;

import static org.cnnexplorer.dl4j.ArrayAsserts.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.cnnexplorer.dl4j.speed.Dl4jRuntime;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Differential test: the tuned batch normalisation (with and without a folded ReLU or ReLU6) gives
 * the running statistics, losses and inference outputs (both routes) of DL4J's own layer followed by a separate
 * activation layer, step after step from equal parameters, and gradients within 5e-5 (relative to
 * the largest) of the same network computed in double precision. (DL4J's own float layer is 1e-4
 * off that truth on the larger maps; the Java kernels' double sums about 1e-5.) On oneDNN's own
 * primitives (the convolution's and, without ReLU6, the batch norm's), which sum in float as DL4J's
 * layer does, the bound is twice DL4J's own error where that is larger; with oneDNN off, the same
 * cases run the Java kernels and libnd4j's convolution routes.
 */
class TunedBatchNormalizationTest {

    @ParameterizedTest(name = "{0}, batch {1}, {2}x{2} maps, oneDNN {3}")
    @CsvSource({"IDENTITY, 4, 6, true", "RELU, 4, 6, true", "RELU6, 4, 6, true", "RELU6, 3, 1, true",
        "RELU, 8, 24, true", "IDENTITY, 8, 24, true", "IDENTITY, 4, 6, false", "RELU, 4, 6, false",
        "RELU, 8, 24, false", "IDENTITY, 8, 24, false"})
    void trainsLikeDl4jsBatchNormalizationAndActivation(Activation activation, int batch, int size, boolean oneDnn) {
        Dl4jRuntime.get();
        OneDnn.use(oneDnn);
        try {
            trainsLikeDl4j(activation, batch, size, 5e-5);
        } finally {
            OneDnn.use(true);
        }
    }

    /** max |actual - expected| relative to the largest |expected|, as {@code assertClose} measures. */
    private static double relativeError(INDArray expected, INDArray actual) {
        double scale = Math.max(expected.amaxNumber().doubleValue(), 1e-30);
        return expected.sub(actual).amaxNumber().doubleValue() / scale;
    }

    private static void trainsLikeDl4j(Activation activation, int batch, int size, double tolerance) {
        ComputationGraph reference = graph(false, activation, size);
        ComputationGraph tuned = graph(true, activation, size);
        ComputationGraph exact = graph(false, activation, size, DataType.DOUBLE);
        tuned.setParams(reference.params().dup());
        INDArray features = Nd4j.rand(DataType.FLOAT, batch, 3, size, size).muli(4).subi(1);
        DataSet data = new DataSet(features, LayerGradients.labels(batch));
        DataSet data64 = new DataSet(features.castTo(DataType.DOUBLE),
                LayerGradients.labels(batch).castTo(DataType.DOUBLE));
        for (int step = 0; step < 5; step++) {
            exact.setParams(reference.params().castTo(DataType.DOUBLE));
            Map<String, INDArray> truth = LayerGradients.of(exact, data64);
            Map<String, INDArray> expected = LayerGradients.of(reference, data);
            Map<String, INDArray> actual = LayerGradients.of(tuned, data);
            assertEquals(expected.keySet(), actual.keySet());
            for (Map.Entry<String, INDArray> entry : truth.entrySet()) {
                INDArray truthValue = entry.getValue().castTo(DataType.FLOAT);
                double dl4jError = relativeError(truthValue, expected.get(entry.getKey()));
                assertClose(truthValue, actual.get(entry.getKey()), Math.max(tolerance, 2 * dl4jError),
                        entry.getKey() + " at step " + step + " (DL4J's own layer: " + dl4jError + ")");
            }
            assertEquals(reference.score(), tuned.score(), 1e-5, "loss at step " + step);
            reference.fit(data);
            tuned.fit(data);
            assertClose(reference.params(), tuned.params(), 1e-4, "parameters after step " + step);
            // each step starts from equal parameters: float rounding in the sums may flip a ReLU at 0 and
            // training would magnify the difference
            tuned.setParams(reference.params().dup());
        }
        for (int pass = 0; pass < 4; pass++) { // the first passes alternate between DL4J's pass and the kernels
            assertClose(reference.outputSingle(false, features), tuned.outputSingle(false, features), 1e-4,
                    "inference pass " + pass);
        }
    }

    @Test
    void readsAndWritesParameterViewsInPlace() {
        Dl4jRuntime.get();
        ComputationGraph tuned = graph(true, Activation.RELU, 6);
        INDArray mean = tuned.getLayer("bn").getParam("mean");
        assertTrue(mean.data().offset() > 0, "the running mean is a view into the flattened parameters");
        INDArray features = Nd4j.rand(DataType.FLOAT, 4, 3, 6, 6);
        DataSet data = new DataSet(features, LayerGradients.labels(4));
        ComputationGraph reference = graph(false, Activation.RELU, 6);
        reference.setParams(tuned.params().dup());
        tuned.fit(data);
        reference.fit(data);
        assertClose(reference.getLayer("bn").getParam("mean"), tuned.getLayer("bn").getParam("mean"), 1e-4, "mean");
        assertClose(reference.getLayer("bn").getParam("log10stdev"), tuned.getLayer("bn").getParam("log10stdev"),
                1e-4, "log10stdev");
    }

    @Test
    void aFlatInputRunsDl4jsPassWithTheFoldedActivationApplied() {
        Dl4jRuntime.get();
        ComputationGraph reference = flatGraph(false);
        ComputationGraph tuned = flatGraph(true);
        tuned.setParams(reference.params().dup());
        INDArray features = Nd4j.rand(DataType.FLOAT, 6, 5).muli(4).subi(2);
        DataSet data = new DataSet(features, LayerGradients.labels(6));
        for (int step = 0; step < 3; step++) {
            Map<String, INDArray> expected = LayerGradients.of(reference, data);
            Map<String, INDArray> actual = LayerGradients.of(tuned, data);
            assertEquals(expected.keySet(), actual.keySet());
            for (Map.Entry<String, INDArray> entry : expected.entrySet()) {
                assertClose(entry.getValue(), actual.get(entry.getKey()), 1e-5, entry.getKey() + " at step " + step);
            }
            reference.fit(data);
            tuned.fit(data);
            assertClose(reference.params(), tuned.params(), 1e-5, "parameters after step " + step);
        }
        assertClose(reference.outputSingle(false, features), tuned.outputSingle(false, features), 1e-5, "inference");
    }

    /** dense -> batch norm (+ ReLU6) -> softmax: a batch norm of a flat input, tuned or DL4J's own. */
    private static ComputationGraph flatGraph(boolean tuned) {
        ComputationGraphConfiguration.GraphBuilder builder = new NeuralNetConfiguration.Builder().seed(5)
                .dataType(DataType.FLOAT).updater(new Sgd(0.05)).weightInit(WeightInit.XAVIER)
                .graphBuilder().addInputs("in").setInputTypes(InputType.feedForward(5))
                .addLayer("dense", new DenseLayer.Builder().nOut(8).activation(Activation.IDENTITY).build(), "in");
        String last = "bn";
        if (tuned) {
            TunedBatchNormalizationLayer bn = TunedBatchNormalizationLayer.withEpsilon(1e-5);
            bn.setActivationFn(Activation.RELU6.getActivationFunction());
            builder.addLayer("bn", bn, "dense");
        } else {
            builder.addLayer("bn", new BatchNormalization.Builder().eps(1e-5).build(), "dense")
                    .addLayer("act", new ActivationLayer.Builder().activation(Activation.RELU6).build(), "bn");
            last = "act";
        }
        ComputationGraph graph = new ComputationGraph(builder
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3)
                        .activation(Activation.SOFTMAX).build(), last)
                .setOutputs("out").build());
        graph.init();
        return graph;
    }

    /** conv -> batch norm (+ activation) -> global average pool -> softmax; tuned or DL4J's own layers. */
    private static ComputationGraph graph(boolean tuned, Activation activation, int size) {
        return graph(tuned, activation, size, DataType.FLOAT);
    }

    private static ComputationGraph graph(boolean tuned, Activation activation, int size, DataType type) {
        ComputationGraphConfiguration.GraphBuilder builder = new NeuralNetConfiguration.Builder().seed(3)
                .dataType(type).updater(new Sgd(0.05)).weightInit(WeightInit.XAVIER)
                .convolutionMode(ConvolutionMode.Truncate)
                .graphBuilder().addInputs("in").setInputTypes(InputType.convolutional(size, size, 3))
                .addLayer("conv", new ConvolutionLayer.Builder(3, 3).padding(1, 1).nOut(16).hasBias(false)
                        .activation(Activation.IDENTITY).build(), "in");
        String last;
        if (tuned) {
            TunedBatchNormalizationLayer bn = TunedBatchNormalizationLayer.withEpsilon(1e-5);
            bn.setActivationFn(activation.getActivationFunction());
            builder.addLayer("bn", bn, "conv");
            last = "bn";
        } else {
            builder.addLayer("bn", new BatchNormalization.Builder().eps(1e-5).build(), "conv")
                    .addLayer("act", new ActivationLayer.Builder().activation(activation).build(), "bn");
            last = "act";
        }
        ComputationGraphConfiguration conf = builder
                .addLayer("pool", new GlobalPoolingLayer.Builder(PoolingType.AVG).build(), last)
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3)
                        .activation(Activation.SOFTMAX).build(), "pool")
                .setOutputs("out").build();
        ComputationGraph graph = new ComputationGraph(conf);
        graph.init();
        return graph;
    }
}
