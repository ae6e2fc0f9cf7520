package org.cnnexplorer.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.io.model.ModelSources;
import org.junit.jupiter.api.Test;

/** Which feature maps Grad-CAM can weigh, the default one, and the message for a layer it cannot use. */
class EvidenceLayersTest {

    @Test
    void theChoiceIsEveryMapLargerThanOneByOneFromTheFirstConvolutionOnThatTheScoresDependOn() throws Exception {
        NetworkReport tiny = NetworkAnalyzer.analyze(
                ModelSources.read(Path.of("src/test/resources/gradcam/tiny-gradcam.json")));
        assertEquals(List.of("conv1", "bn1", "relu1", "pool1", "conv2", "relu2", "short", "add", "relu3"),
                Evidence.camLayers(tiny));
        assertEquals("relu3", Evidence.camLayer(tiny).orElseThrow());

        NetworkReport lenet = NetworkAnalyzer.analyze(ModelCatalog.load("lenet5"));
        assertEquals(List.of("c1", "tanh1", "s2", "c3", "tanh2", "s4"), Evidence.camLayers(lenet),
                "c5 and later are 1x1 or flat");
        assertEquals("s4", Evidence.camLayer(lenet).orElseThrow());
        assertEquals("c3", Evidence.requireCamLayer(lenet, "c3"));
    }

    @Test
    void anUnknownLayerOrOneWithoutAFeatureMapIsNamedWithTheReason() throws Exception {
        NetworkReport lenet = NetworkAnalyzer.analyze(ModelCatalog.load("lenet5"));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Evidence.requireCamLayer(lenet, "c9"));
        assertEquals("no layer 'c9' in lenet5 (see the layer names of cnnx summary)", unknown.getMessage());
        IllegalArgumentException flat = assertThrows(IllegalArgumentException.class,
                () -> Evidence.requireCamLayer(lenet, "c5"));
        assertEquals("Grad-CAM cannot weigh layer c5 of lenet5 (output 120x1x1): it needs a feature map larger than"
                + " 1x1, after a convolution, that the class scores depend on; the default is s4", flat.getMessage());
        IllegalArgumentException input = assertThrows(IllegalArgumentException.class,
                () -> Evidence.requireCamLayer(lenet, lenet.layers().get(0).name()));
        assertEquals(true, input.getMessage().startsWith("Grad-CAM cannot weigh layer "), input.getMessage());
    }
}
