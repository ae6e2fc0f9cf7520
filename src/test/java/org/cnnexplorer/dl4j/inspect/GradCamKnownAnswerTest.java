package org.cnnexplorer.dl4j.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.dl4j.graph.Dl4jGraphFactory;
import org.cnnexplorer.dl4j.graph.Dl4jWeights;
import org.cnnexplorer.dl4j.graph.GraphOptions;
import org.cnnexplorer.inside.ClassEvidence;
import org.cnnexplorer.inside.Evidence;
import org.cnnexplorer.inside.EvidenceMethod;
import org.cnnexplorer.inside.Inspection;
import org.cnnexplorer.inside.InspectionEngine;
import org.cnnexplorer.inside.InspectionRequest;
import org.cnnexplorer.io.model.ModelSources;
import org.cnnexplorer.training.NetworkWeights;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Grad-CAM on a case with a known answer: a small network trained on 16x16 noise images whose class
 * only the top-left 8x8 quadrant carries (a horizontal or a vertical bar there) puts most of the true
 * class's heat, nearly all of its hot region (above half the maximum) and the hottest cell of nearly
 * every image in that quadrant, a quarter of the image. The network ends in global average pooling, as
 * Grad-CAM assumes (with a flatten and dense head the spatial mean of the gradient mixes the corner's
 * weights with those of the empty background, and PyTorch's Grad-CAM then often finds no evidence).
 */
class GradCamKnownAnswerTest {

    private static final int SIDE = 16;
    private static final int STEPS = 200;
    private static final int BATCH = 16;

    @Test
    void theHeatConcentratesInTheCornerThatCarriesTheClass() throws Exception {
        NetworkReport report = NetworkAnalyzer.analyze(
                ModelSources.read(Path.of("src/test/resources/gradcam/corner-net.json")));
        NetworkWeights weights = train(report, new Random(5));
        InspectionEngine engine = InspectionEngine.discover();
        Random random = new Random(99);
        double camShare = 0;
        double hotShare = 0;
        int peaks = 0;
        int images = 8;
        for (int i = 0; i < images; i++) {
            int label = i % 2;
            InspectionRequest request = new InspectionRequest(report, weights, image(label, random), List.of(), 0);
            Inspection inspection = engine.inspect(request);
            assertEquals(label, inspection.top().get(0).index(), "the trained network classifies image " + i);
            ClassEvidence cam = Evidence.compute(engine, request, inspection, EvidenceMethod.GRAD_CAM, label);
            assertEquals("relu2", cam.layer());
            camShare += cam.share(0, 0, SIDE / 2, SIDE / 2) / images;
            hotShare += hot(cam).share(0, 0, SIDE / 2, SIDE / 2) / images;
            if (cam.peak().row() < cam.gridHeight() / 2 && cam.peak().column() < cam.gridWidth() / 2) {
                peaks++;
            }
        }
        String shares = String.format("the top-left quadrant holds %.2f of the heat, %.2f of the heat above"
                + " half its maximum and the hottest cell of %d of %d images", camShare, hotShare, peaks, images);
        assertTrue(camShare > 0.5 && hotShare > 0.75 && peaks >= images - 2, shares);
    }

    /** The map with every value below half its maximum set to 0: the hot region. */
    private static ClassEvidence hot(ClassEvidence evidence) {
        float[] map = evidence.map().clone();
        float half = evidence.max() / 2;
        for (int i = 0; i < map.length; i++) {
            map[i] = map[i] >= half ? map[i] : 0;
        }
        return new ClassEvidence(evidence.method(), evidence.layer(), evidence.classIndex(), evidence.className(),
                evidence.gridHeight(), evidence.gridWidth(), evidence.grid(), evidence.input(), map);
    }

    private static NetworkWeights train(NetworkReport report, Random random) {
        ComputationGraph graph = new ComputationGraph(Dl4jGraphFactory.configure(report,
                new GraphOptions(Optimizer.ADAM, 0.01, 7)));
        graph.init();
        for (int step = 0; step < STEPS; step++) {
            float[] features = new float[BATCH * SIDE * SIDE];
            float[] labels = new float[BATCH * 2];
            for (int b = 0; b < BATCH; b++) {
                int label = random.nextInt(2);
                System.arraycopy(image(label, random), 0, features, b * SIDE * SIDE, SIDE * SIDE);
                labels[b * 2 + label] = 1;
            }
            graph.fit(new DataSet(Nd4j.create(features, new long[] {BATCH, 1, SIDE, SIDE}, 'c'),
                    Nd4j.create(labels, new long[] {BATCH, 2}, 'c')));
        }
        NetworkWeights weights = Dl4jWeights.read(graph, report);
        graph.close();
        return weights;
    }

    /** Noise in 0..0.1 with a bright bar in the top-left quadrant: horizontal for class 0, vertical for 1. */
    private static float[] image(int label, Random random) {
        float[] pixels = new float[SIDE * SIDE];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = 0.1f * random.nextFloat();
        }
        int offset = random.nextInt(3);
        for (int a = 1; a < 7; a++) {
            for (int b = 3 + offset; b < 5 + offset; b++) {
                pixels[label == 0 ? b * SIDE + a : a * SIDE + b] = 1;
            }
        }
        return pixels;
    }
}
