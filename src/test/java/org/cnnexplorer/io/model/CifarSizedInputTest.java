package org.cnnexplorer.io.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Problem;
import org.cnnexplorer.core.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every built-in at CIFAR-10 size ({@code --input 3x32x32 --classes 10}): which run, which cannot and why. */
class CifarSizedInputTest {

    static NetworkReport cifar(String id) throws ModelFileException {
        NetworkSpec spec = ModelCatalog.load(id);
        AnalysisSettings settings = AnalysisSettings.defaultsFor(spec).withInput(Shape.of(3, 32, 32)).withClasses(10);
        return NetworkAnalyzer.analyze(spec, settings);
    }

    @ParameterizedTest(name = "{0} runs with {1} params")
    @CsvSource({
        // the classifier shrinks to 10 classes; lenet5 also gains 3-channel conv1 and a 480-wide f6
        "lenet5,      92246",
        "lenet5-32,   62006",  // the paper's LeNet-5 with 3 input channels: C1 28x28, C5 1x1
        "vgg16,   134301514",
        "vgg19,   139611210",
        "googlenet, 5610154",
        "resnet18, 11181642",
        "resnet34, 21289802",
        "resnet50, 23528522",
        "resnet101, 42520650",
        "resnet152, 58164298",
        "resnext50-32x4d, 23000394",
        "densenet121,   6964106",  // torchvision densenet121(num_classes=10) at 32x32
        "mobilenet-v1,  3217226",
        "mobilenet-v2,  2236682",  // torchvision mobilenet_v2(num_classes=10) at 32x32
        "xception,     20827442",
        "cspdarknet53, 26627434",  // scripts/cspdarknet53_reference.py at 3x32x32, 10 classes
    })
    void networksThatRunAtThirtyTwoPixels(String id, long params) throws Exception {
        NetworkReport report = cifar(id);
        assertEquals(List.of(), report.problems());
        assertEquals(Shape.vector(10), report.output());
        assertEquals(params, report.totals().params());
    }

    @ParameterizedTest(name = "{0} cannot run: {1}")
    @CsvSource(delimiter = '|', value = {
        "alexnet         | pool5   | input 256x1x1 is smaller than the 3x3 window (stride 2) -> output 0x0",
        "alexnet-paper   | pool2   | input 256x2x2 is smaller than the 3x3 window (stride 2) -> output 0x0",
        "alexnet-2gpu    | pool2   | input 256x2x2 is smaller than the 3x3 window (stride 2) -> output 0x0",
        "googlenet-paper | avgpool | input 1024x1x1 is smaller than the 7x7 window (stride 1) -> output 0x0",
    })
    void networksThatShrinkBelowOnePixelSayWhere(String id, String layer, String message) throws Exception {
        NetworkReport report = cifar(id);
        assertEquals(List.of(layer + ": " + message), report.problems().stream().map(Problem::toString).toList());
        List<LayerReport> after = report.layers().subList(report.layers().indexOf(
                BuiltInNetworksTest.layer(report, layer)) + 1, report.layers().size());
        assertTrue(after.stream().allMatch(LayerReport::isBlocked), "every later layer is blocked");
    }

    @Test
    void alexNetAtThirtyTwoGivesTheExactMessageOfTheIssue() throws Exception {
        assertEquals("pool5: input 256x1x1 is smaller than the 3x3 window (stride 2) -> output 0x0",
                cifar("alexnet").problems().get(0).toString());
    }

    @Test
    void smallMapsShrinkToOnePixelBeforeTheClassifier() throws Exception {
        assertEquals(Shape.of(512, 1, 1), BuiltInNetworksTest.layer(cifar("vgg16"), "pool5").output());
        assertEquals(Shape.of(512, 7, 7), BuiltInNetworksTest.layer(cifar("vgg16"), "avgpool").output());
        assertEquals(Shape.of(2048, 1, 1), BuiltInNetworksTest.layer(cifar("resnet50"), "layer4.2.relu").output());
        assertEquals(Shape.of(832, 1, 1), BuiltInNetworksTest.layer(cifar("googlenet"), "maxpool4").output());
        assertEquals(Shape.of(120, 2, 2), BuiltInNetworksTest.layer(cifar("lenet5"), "c5").output());
        assertEquals(Shape.of(1024, 1, 1), BuiltInNetworksTest.layer(cifar("densenet121"), "features.norm5").output());
        assertEquals(Shape.of(1280, 1, 1), BuiltInNetworksTest.layer(cifar("mobilenet-v2"), "features.18.2").output());
        assertEquals(Shape.of(1024, 1, 1), BuiltInNetworksTest.layer(cifar("mobilenet-v1"), "conv_pw_13").output());
        assertEquals(Shape.of(2048, 1, 1), BuiltInNetworksTest.layer(cifar("xception"), "act4").output());
        assertEquals(Shape.of(1024, 1, 1), BuiltInNetworksTest.layer(cifar("cspdarknet53"),
                "stages.4.conv_transition.act").output());
    }
}
