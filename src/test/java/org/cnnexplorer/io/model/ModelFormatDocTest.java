package org.cnnexplorer.io.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.Shape;
import org.junit.jupiter.api.Test;

/** The complete model files shown in docs/model-format.md read without error and describe valid networks. */
class ModelFormatDocTest {

    private static final Pattern JSON_BLOCK = Pattern.compile("```json\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyExampleInTheFormatDocumentIsAValidNetwork() throws Exception {
        String doc = Files.readString(Path.of("docs", "model-format.md"));
        List<String> examples = new ArrayList<>();
        Matcher m = JSON_BLOCK.matcher(doc);
        while (m.find()) {
            examples.add(m.group(1));
        }
        assertTrue(examples.size() >= 11, "examples found: " + examples.size());
        for (String example : examples) {
            NetworkReport report = NetworkAnalyzer.analyze(ModelFiles.parse(example, "docs/model-format.md"));
            assertTrue(report.isValid(), report.problems().toString());
        }
    }

    /** PyTorch (torch 1.13, the same modules with forward hooks) gives 766 parameters and 442,656 MACs. */
    @Test
    void squeezeAndExcitationExampleHasPyTorchsFigures() throws Exception {
        String example = example("tiny-se");
        NetworkReport report = NetworkAnalyzer.analyze(ModelFiles.parse(example, "doc"));
        assertEquals(766, report.totals().params());
        assertEquals(442_656, report.totals().macs());
        assertEquals(16L * 32 * 32, report.layer("se.scale").orElseThrow().otherOps());
    }

    /**
     * PyTorch (torch 1.13; torchvision's SqueezeExcitation, MobileNet v3 InvertedResidual, DenseNet
     * _DenseBlock and _Transition, forward hooks on Conv2d and Linear) gives 21,256 parameters and
     * 4,219,880 MACs for the example of every block kind.
     */
    @Test
    void blockKindsExampleHasPyTorchsFigures() throws Exception {
        String example = example("tiny-blocks");
        NetworkReport report = NetworkAnalyzer.analyze(ModelFiles.parse(example, "doc"));
        assertEquals(21_256, report.totals().params());
        assertEquals(4_219_880, report.totals().macs());
        assertEquals(Shape.of(20, 8, 8), report.layer("trans.pool").orElseThrow().output());
        assertEquals(Shape.of(6, 1, 1), report.layer("se.fc1").orElseThrow().output());
    }

    /**
     * PyTorch (torch 1.13; torchvision's EfficientNet {@code MBConv} from the same {@code MBConvConfig}s,
     * forward hooks on Conv2d and Linear) gives 10,676 parameters and 3,020,000 MACs.
     */
    @Test
    void invertedResidualStageExampleHasPyTorchsFigures() throws Exception {
        String example = example("tiny-efficientnet");
        NetworkReport report = NetworkAnalyzer.analyze(ModelFiles.parse(example, "doc"));
        assertEquals(10_676, report.totals().params());
        assertEquals(3_020_000, report.totals().macs());
        assertEquals(Shape.of(2, 1, 1), report.layer("features.2.0.block.2.fc1").orElseThrow().output());
        assertEquals(Shape.of(4, 1, 1), report.layer("features.2.1.block.2.fc1").orElseThrow().output());
    }

    /** PyTorch (scripts/paper_models.py's interpreter of the same layers) gives 32,303 parameters and 5,788,864 MACs. */
    @Test
    void fcnHeadExampleHasPyTorchsFiguresAndScoresEveryPixel() throws Exception {
        String example = example("tiny-fcn");
        NetworkReport report = NetworkAnalyzer.analyze(ModelFiles.parse(example, "doc"));
        assertEquals(32_303, report.totals().params());
        assertEquals(5_788_864, report.totals().macs());
        assertEquals(Shape.of(5, 64, 64), report.output());
    }

    @Test
    void denseBlockExampleNamesItsCopiesAsTorchvision() throws Exception {
        String doc = Files.readString(Path.of("docs", "model-format.md"));
        Matcher m = JSON_BLOCK.matcher(doc);
        String dense = null;
        while (dense == null && m.find()) {
            dense = m.group(1).contains("tiny-densenet") ? m.group(1) : null;
        }
        NetworkReport report = NetworkAnalyzer.analyze(ModelFiles.parse(dense, "doc"));
        assertEquals(Shape.of(160, 32, 32),
                report.layer("features.denseblock1.denselayer3.concat").orElseThrow().output());
        assertTrue(report.layer("features.denseblock1.denselayer1.conv1").isPresent());
    }

    @Test
    void depthwiseOverrideExampleChangesOnlyThatLayer() throws Exception {
        String doc = Files.readString(Path.of("docs", "model-format.md"));
        Matcher m = JSON_BLOCK.matcher(doc);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        NetworkReport report = NetworkAnalyzer.analyze(ModelFiles.parse(last, "doc"));
        long resnet50 = 25_557_032;
        assertEquals(resnet50 - 256L * 256 * 9 + 256 * 9, report.totals().params());
    }

    /** The document's example whose id is {@code id}. */
    private static String example(String id) throws Exception {
        Matcher m = JSON_BLOCK.matcher(Files.readString(Path.of("docs", "model-format.md")));
        while (m.find()) {
            if (m.group(1).contains("\"" + id + "\"")) {
                return m.group(1);
            }
        }
        throw new AssertionError("no example " + id);
    }

    /** Stage 2 worked by hand: 16 -> 96 -> 24 is 5,136 parameters with its batch norms, 24 -> 144 -> 24 is 8,832. */
    @Test
    void flatBlockNamesExampleNamesItsBlocksAsTorchvisionsMobileNetV2() throws Exception {
        NetworkReport report = NetworkAnalyzer.analyze(ModelFiles.parse(example("tiny-mobilenet-v2"), "doc"));
        assertEquals(List.of("features.1", "features.2", "features.3", "features.4", "features.5", "features.6"),
                report.layers().stream().filter(l -> l.name().endsWith(".conv.1") || l.name().endsWith(".conv.1.0"))
                        .map(l -> l.blockPath().get(1)).toList());
        assertEquals(13_968, report.layers().stream().filter(l -> l.blockPath().contains("stage2"))
                .mapToLong(LayerReport::params).sum());
    }
}
