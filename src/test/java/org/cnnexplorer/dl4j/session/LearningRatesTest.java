package org.cnnexplorer.dl4j.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.cnnexplorer.core.LearningRateSchedule;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.dl4j.graph.Dl4jGraphFactory;
import org.cnnexplorer.dl4j.graph.GraphOptions;
import org.cnnexplorer.dl4j.speed.Dl4jRuntime;
import org.cnnexplorer.dl4j.speed.InPlaceGradientUpdater;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.training.TrainingSettings;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.deeplearning4j.util.NetworkUtils;
import org.junit.jupiter.api.Test;

/** The learning rate a run's settings give the DL4J graph, fixed or decaying, also after a checkpoint. */
class LearningRatesTest {

    private static ComputationGraph lenet() throws Exception {
        NetworkReport report = NetworkAnalyzer.analyze(ModelCatalog.load("lenet5"));
        ComputationGraph graph = new ComputationGraph(Dl4jGraphFactory.configure(report, GraphOptions.defaults()));
        graph.init();
        return graph;
    }

    private static TrainingSettings settings(double rate, LearningRateSchedule schedule, int epochs) {
        return new TrainingSettings("mnist", epochs, 64, Optimizer.ADAM, rate, schedule, 0, 0, 1, null);
    }

    private static double rateAt(ComputationGraph graph, int iteration) {
        graph.getConfiguration().setIterationCount(iteration);
        return NetworkUtils.getLearningRate(graph, "c1");
    }

    @Test
    void cosineDecaysOverEveryStepOfTheRunFromTheGraphsCurrentIteration() throws Exception {
        ComputationGraph graph = lenet();
        graph.getConfiguration().setIterationCount(100);
        LearningRates.apply(graph, settings(0.003, LearningRateSchedule.COSINE, 2), 50);
        assertEquals(0.003, rateAt(graph, 100), 1e-12);
        assertEquals(0.0015, rateAt(graph, 150), 1e-12);
        assertEquals(0.0, rateAt(graph, 200), 1e-12);
    }

    @Test
    void constantRateReplacesWhatACheckpointWasSavedWith() throws Exception {
        ComputationGraph graph = lenet();
        LearningRates.apply(graph, settings(0.003, LearningRateSchedule.COSINE, 1), 10);
        LearningRates.apply(graph, settings(0.02, LearningRateSchedule.CONSTANT, 1), 10);
        assertEquals(0.02, rateAt(graph, 0), 1e-12);
        assertEquals(0.02, rateAt(graph, 10), 1e-12);
    }

    @Test
    void cosineScheduleSurvivesSavingAndRestoringTheModel() throws Exception {
        ComputationGraph graph = lenet();
        LearningRates.apply(graph, settings(0.004, LearningRateSchedule.COSINE, 1), 20);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelSerializer.writeModel(graph, bytes, true);
        ComputationGraph restored = ModelSerializer.restoreComputationGraph(
                new ByteArrayInputStream(bytes.toByteArray()), true);
        assertEquals(0.002, rateAt(restored, 10), 1e-12);
    }

    @Test
    void theFastUpdaterIsInstalledAfterTheRateIsSet() throws Exception {
        ComputationGraph graph = lenet();
        LearningRates.apply(graph, settings(0.003, LearningRateSchedule.COSINE, 1), 10);
        Dl4jRuntime.get().prepareForTraining(graph, NetworkAnalyzer.analyze(ModelCatalog.load("lenet5")));
        assertInstanceOf(InPlaceGradientUpdater.class, graph.getUpdater());
        assertEquals(0.003, rateAt(graph, 0), 1e-12);
    }
}
