package org.cnnexplorer.dl4j.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.inside.Evidence;
import org.cnnexplorer.inside.GradientRequest;
import org.cnnexplorer.inside.InspectionEngine;
import org.cnnexplorer.inside.InspectionRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine's input gradient on built-in networks (tanh and average pooling in LeNet-5; batch norm,
 * residual adds and a closing global pool in ResNet-18) equals central differences of the class logit,
 * {@code (y(x + h e_i) - y(x - h e_i)) / 2h}, at a few pixels.
 */
class GradientFiniteDifferenceTest {

    private static final float H = 1e-2f;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"lenet5", "resnet18"})
    void inputGradientEqualsCentralDifferences(String id) throws Exception {
        Shape input = id.equals("lenet5") ? Shape.of(1, 28, 28) : Shape.of(3, 32, 32);
        NetworkReport report = Dl4jInspectionEngineTest.analyze(id, input, 10);
        float[] image = Dl4jInspectionEngineTest.image(input, 11);
        InspectionEngine engine = InspectionEngine.discover();
        InspectionRequest request = new InspectionRequest(report, null, image, List.of(), 0);
        String score = Evidence.scoreLayer(report);
        int unit = engine.inspect(request).top().get(0).index();
        float[] gradient = engine.gradient(new GradientRequest(request, score, unit, report.layers().get(0).name()));
        float largest = 0;
        for (float g : gradient) {
            largest = Math.max(largest, Math.abs(g));
        }
        NetworkReport same = request.report();
        for (int pixel : new int[] {0, image.length / 3, image.length / 2 + 5, image.length - 40}) {
            float[] up = image.clone();
            float[] down = image.clone();
            up[pixel] += H;
            down[pixel] -= H;
            double difference = (logit(engine, same, request, up, score, unit)
                    - logit(engine, same, request, down, score, unit)) / (2 * H);
            assertEquals(difference, gradient[pixel], 0.02 * largest, id + " pixel " + pixel);
        }
    }

    private static double logit(InspectionEngine engine, NetworkReport report, InspectionRequest like, float[] image,
                                String score, int unit) {
        return engine.inspect(new InspectionRequest(report, like.weights(), image, List.of(), 0))
                .require(score).values()[unit];
    }
}
