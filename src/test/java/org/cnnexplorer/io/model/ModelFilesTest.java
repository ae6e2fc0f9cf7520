package org.cnnexplorer.io.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cnnexplorer.core.LearningRateSchedule;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.core.Padding;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.core.TrainingRecipe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Writing a spec as JSON and reading it back gives the same spec and the same analysis. */
class ModelFilesTest {

    static final Path EVERY_FEATURE = Path.of("src", "test", "resources", "models", "every-feature.json");

    static java.util.List<String> builtIns() {
        return ModelCatalog.IDS;
    }

    private static void assertRoundTrip(NetworkSpec spec) throws ModelFileException {
        NetworkSpec again = ModelFiles.parse(ModelFiles.toJson(spec), spec.id() + ".json");
        assertEquals(spec, again);
        assertEquals(NetworkAnalyzer.analyze(spec), NetworkAnalyzer.analyze(again));
        assertEquals(ModelFiles.toJson(spec), ModelFiles.toJson(again));
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void builtInSurvivesWriteAndRead(String id) throws Exception {
        assertRoundTrip(ModelCatalog.load(id));
    }

    @Test
    void lenet5SuggestsAdamAtThreeThousandthsWithCosineDecay() throws Exception {
        assertEquals(new TrainingRecipe(Optimizer.ADAM, 0.003, LearningRateSchedule.COSINE),
                ModelCatalog.load("lenet5").training());
        assertEquals(TrainingRecipe.STANDARD, ModelCatalog.load("resnet50").training());
    }

    @Test
    void partialTrainingRecipeKeepsTheStandardValuesItLeavesOut() throws Exception {
        String json = "{\"format\": 1, \"id\": \"n\", \"input\": \"1x8x8\", \"classes\": 2, "
                + "\"training\": {\"optimizer\": \"momentum\"}, \"layers\": [{\"name\": \"a\", \"type\": \"relu\"}]}";
        NetworkSpec spec = ModelFiles.parse(json, "n.json");
        assertEquals(new TrainingRecipe(Optimizer.MOMENTUM, 0.01, LearningRateSchedule.CONSTANT), spec.training());
        assertRoundTrip(spec);
    }

    @Test
    void standardRecipeIsLeftOutOfWrittenFiles() throws Exception {
        assertTrue(!ModelFiles.toJson(ModelCatalog.load("vgg16")).contains("\"training\""));
        assertTrue(ModelFiles.toJson(ModelCatalog.load("lenet5")).contains(
                "\"training\": {\"optimizer\":\"adam\",\"learningRate\":0.003,\"schedule\":\"cosine\"}"));
    }

    @Test
    void fileUsingEveryFeatureSurvivesWriteAndRead() throws Exception {
        assertRoundTrip(ModelFiles.read(EVERY_FEATURE));
    }

    @Test
    void fileUsingEveryFeatureIsAValidNetworkWithItsOverridesApplied() throws Exception {
        NetworkSpec spec = ModelFiles.read(EVERY_FEATURE);
        NetworkReport report = NetworkAnalyzer.analyze(spec);
        assertEquals(java.util.List.of(), report.problems());
        assertEquals(Shape.vector(10), report.output());
        assertEquals(256, BuiltInNetworksTest.layer(report, "res.1.pw").params());
        assertEquals(272, BuiltInNetworksTest.layer(report, "res.0.pw").params());
        assertEquals(2_304, BuiltInNetworksTest.layer(report, "stage.1.conv2").params());
        assertEquals(Shape.of(64, 32, 16), BuiltInNetworksTest.layer(report, "join").output());
        assertEquals(java.util.List.of("res.1.pw", "res.0.act"),
                BuiltInNetworksTest.layer(report, "res.1.sum").inputs());
        assertEquals(1_568, report.totals().nonTrainableParams());
    }

    @Test
    void readerKeepsSamePaddingAndTheInputObjectForm() throws Exception {
        NetworkSpec spec = ModelFiles.read(EVERY_FEATURE);
        assertEquals(Shape.of(3, 32, 32), spec.input());
        var stem = (org.cnnexplorer.core.Conv2dSpec) spec.nodes().get(0).element();
        assertEquals(Padding.SAME, stem.padding());
        assertTrue(ModelFiles.toJson(spec).contains("\"padding\":\"same\""));
    }

    @Test
    void writeReplacesTheFileAtomicallyAndReadsBack(@TempDir Path dir) throws Exception {
        NetworkSpec spec = ModelCatalog.load("resnet50").withIdentity("my-resnet", "My ResNet");
        Path file = dir.resolve("my-resnet.json");
        Files.writeString(file, "old");
        ModelFiles.write(spec, file);
        assertEquals(spec, ModelFiles.read(file));
        assertEquals(java.util.List.of("my-resnet.json"), Files.list(dir).map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void writtenFileIsCompactWithOneLayerPerLine() throws Exception {
        String json = ModelFiles.toJson(ModelCatalog.load("resnet50"));
        assertTrue(json.startsWith("{\n  \"format\": 1,\n  \"id\": \"resnet50\",\n"), json);
        assertTrue(json.contains("\n    {\"name\":\"layer1\",\"type\":\"residual-stage\",\"block\":\"bottleneck\","
                + "\"blocks\":3,\"width\":64,\"stride\":1},\n"), json);
        assertEquals(1 + 7 + 1 + 11 + 2, json.lines().count()); // brace, 7 fields, "layers": [, 11 layers, ], brace
    }
}
