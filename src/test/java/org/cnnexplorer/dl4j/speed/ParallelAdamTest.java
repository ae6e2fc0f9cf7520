package org.cnnexplorer.dl4j.speed;

import static org.cnnexplorer.dl4j.ArrayAsserts.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.ScheduleType;

/**
 * Differential test: with the fast updater installed (its Adam blocks updated together, on both
 * cores), a network trains as with DL4J's own updater: parameters, batch-norm running statistics
 * and Adam's moments after every step, for blocks split by batch norms, a layer larger than one
 * chunk, a decaying learning rate, and with L2 regularisation (whose blocks stay with DL4J).
 */
class ParallelAdamTest {

    @ParameterizedTest(name = "L2 {0}")
    @ValueSource(doubles = {0, 1e-3})
    void trainsAsDl4jsUpdaterDoes(double l2) {
        Dl4jRuntime.get();
        ComputationGraph reference = graph(l2);
        ComputationGraph fast = graph(l2);
        fast.setParams(reference.params().dup());
        InPlaceGradientUpdater.install(fast);
        assertInstanceOf(InPlaceGradientUpdater.class, fast.getUpdater());
        INDArray labels = Nd4j.zeros(DataType.FLOAT, 16, 3);
        for (int i = 0; i < 16; i++) {
            labels.putScalar(i, i % 3, 1);
        }
        DataSet batch = new DataSet(Nd4j.rand(DataType.FLOAT, 16, 3, 12, 12), labels);
        for (int step = 0; step < 6; step++) {
            reference.fit(batch);
            fast.fit(batch);
            assertClose(reference.params(), fast.params(), 1e-5, "parameters after step " + step);
            assertClose(reference.getUpdater().getStateViewArray(), fast.getUpdater().getStateViewArray(), 1e-5,
                    "Adam's moments after step " + step);
        }
        assertEquals(reference.score(), fast.score(), 1e-5);
    }

    private static ComputationGraph graph(double l2) {
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder().seed(7).dataType(DataType.FLOAT)
                .updater(new Adam(new ExponentialSchedule(ScheduleType.ITERATION, 0.01, 0.8)))
                .l2(l2).weightInit(WeightInit.XAVIER).convolutionMode(ConvolutionMode.Truncate)
                .graphBuilder().addInputs("in").setInputTypes(InputType.convolutional(12, 12, 3))
                .addLayer("conv", new ConvolutionLayer.Builder().nOut(8).kernelSize(3, 3)
                        .activation(Activation.IDENTITY).build(), "in")
                .addLayer("bn", new BatchNormalization.Builder().activation(Activation.RELU).build(), "conv")
                .addLayer("wide", new DenseLayer.Builder().nOut(500).activation(Activation.TANH).build(), "bn")
                .addLayer("bn2", new BatchNormalization.Builder().build(), "wide")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3)
                        .activation(Activation.SOFTMAX).build(), "bn2")
                .setOutputs("out").build();
        ComputationGraph graph = new ComputationGraph(conf);
        graph.init();
        return graph;
    }
}
