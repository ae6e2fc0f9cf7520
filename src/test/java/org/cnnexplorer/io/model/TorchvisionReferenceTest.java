package org.cnnexplorer.io.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in that torchvision 0.14 has, at 3x224x224 with 1000 classes and at 3x32x32 with 10,
 * against the figures {@code scripts/torchvision_reference.py} wrote into
 * {@code src/test/resources/torchvision/}: parameters, batch-norm buffers, MACs and the output shape
 * of every leaf module. A built-in is checked as soon as a reference file with its id exists. Each
 * torchvision module must be a layer of the same name, unless {@link #NAMING} says why not.
 */
class TorchvisionReferenceTest {

    private static final Path REFERENCES = Path.of("src", "test", "resources", "torchvision");

    /** The two settings of issue 10: ImageNet and CIFAR-10 sizes. */
    private static final List<Setting> SETTINGS = List.of(new Setting(Shape.of(3, 224, 224), 1000),
            new Setting(Shape.of(3, 32, 32), 10));

    /** The built-ins this branch checks; others join by themselves when their id has a reference file. */
    private static final List<String> CHECKED = List.of("alexnet", "vgg16", "vgg19", "googlenet", "resnet18",
            "resnet34", "resnet50", "resnet101", "resnet152", "resnext50-32x4d");

    private static final String PAPER_NAMES = "the built-in names layers as the paper does (conv1, block1.0.conv, "
            + "fc6) where torchvision numbers the children of its nn.Sequential (features.0, classifier.6); "
            + "the modules are matched in order with the built-in's layers but its flatten (torch.flatten in "
            + "forward(), no module)";

    /** Known naming differences: built-in id -> how torchvision's module paths map onto its layers, and why. */
    private static final Map<String, Naming> NAMING = Map.of(
            "alexnet", Naming.inOrder(PAPER_NAMES),
            "vgg16", Naming.inOrder(PAPER_NAMES),
            "vgg19", Naming.inOrder(PAPER_NAMES),
            "googlenet", Naming.renamed("torchvision's stem convolutions are BasicConv2d modules whose conv is "
                    + "conv1.conv; the built-in calls the convolution itself conv1 (then conv1.bn, conv1.relu)",
                    Map.of("conv1.conv", "conv1", "conv2.conv", "conv2", "conv3.conv", "conv3")),
            "efficientnet-b0", Naming.identities("stochastic depth (features.2.1.stochastic_depth, ...) drops whole"
                    + " residual branches only in training; at inference it is the identity, so the built-in has no"
                    + " layer for it (the branch goes straight into the add)", ".stochastic_depth"));

    record Setting(Shape input, int classes) {
        String fileName(String id) {
            return id + "-" + input + "-" + classes + ".json";
        }
    }

    /** How torchvision's module paths find the built-in's layers. */
    record Naming(String reason, boolean inOrder, Map<String, String> renamed, String identitySuffix) {
        static Naming inOrder(String reason) {
            return new Naming(reason, true, Map.of(), null);
        }

        static Naming renamed(String reason, Map<String, String> renamed) {
            return new Naming(reason, false, renamed, null);
        }

        /** Modules ending in {@code suffix} are the identity at inference and have no layer. */
        static Naming identities(String reason, String suffix) {
            return new Naming(reason, false, Map.of(), suffix);
        }

        boolean isIdentity(String module) {
            return identitySuffix != null && module.endsWith(identitySuffix);
        }

        static final Naming SAME = new Naming("", false, Map.of(), null);
    }

    static Stream<Arguments> referenced() {
        return ModelCatalog.IDS.stream().flatMap(id -> SETTINGS.stream()
                .filter(s -> Files.exists(REFERENCES.resolve(s.fileName(id))))
                .map(s -> Arguments.of(id, s)));
    }

    @Test
    void everyBuiltInOfThisBranchHasReferencesAtBothSettingsOrCannotRunAtCifarSize() {
        for (String id : CHECKED) {
            assertTrue(Files.exists(REFERENCES.resolve(SETTINGS.get(0).fileName(id))), id);
        }
        assertEquals(List.of("alexnet"), CHECKED.stream()
                .filter(id -> !Files.exists(REFERENCES.resolve(SETTINGS.get(1).fileName(id)))).toList());
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("referenced")
    void totalsEqualTorchvision(String id, Setting setting) throws Exception {
        JsonNode reference = read(id, setting);
        NetworkReport report = analyze(id, setting);
        assertEquals(List.of(), report.problems());
        assertEquals(reference.get("params").asLong(), report.totals().params(), "parameters");
        assertEquals(reference.get("buffers").asLong(), report.totals().buffers(), "buffers");
        assertEquals(reference.get("macs").asLong(), report.totals().macs(), "MACs");
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("referenced")
    void everyModuleOutputShapeEqualsTorchvision(String id, Setting setting) throws Exception {
        NetworkReport report = analyze(id, setting);
        Naming naming = NAMING.getOrDefault(id, Naming.SAME);
        Iterator<LayerReport> inOrder = report.layers().stream()
                .filter(l -> !l.name().equals(NetworkAnalyzer.INPUT) && !l.type().equals("flatten")).iterator();
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (Map.Entry<String, JsonNode> module : fields(read(id, setting).get("outputs"))) {
            if (naming.isIdentity(module.getKey())) {
                continue;
            }
            Optional<LayerReport> layer = naming.inOrder()
                    ? Optional.ofNullable(inOrder.hasNext() ? inOrder.next() : null)
                    : report.layer(naming.renamed().getOrDefault(module.getKey(), module.getKey()));
            Shape expected = shape(module.getValue());
            if (layer.isEmpty()) {
                differences.add(module.getKey() + ": no such layer in " + id);
            } else if (!layer.get().output().equals(expected)) {
                differences.add(module.getKey() + " (" + layer.get().name() + "): " + layer.get().output()
                        + " but torchvision " + expected);
            }
            compared++;
        }
        assertEquals(List.of(), differences, naming.reason());
        assertFalse(naming.inOrder() && inOrder.hasNext(), id + " has layers torchvision has no module for");
        assertTrue(compared > 20, "only " + compared + " modules");
    }

    @Test
    void whereTorchvisionCannotRunTheBuiltInReportsAProblemInstead() throws Exception {
        // torchvision: "Given input size: (256x1x1). Calculated output size: (256x0x0). Output size is too small"
        assertEquals("pool5: input 256x1x1 is smaller than the 3x3 window (stride 2) -> output 0x0",
                analyze("alexnet", SETTINGS.get(1)).problems().get(0).toString());
    }

    private static NetworkReport analyze(String id, Setting setting) throws ModelFileException {
        NetworkSpec spec = ModelCatalog.load(id);
        return NetworkAnalyzer.analyze(spec, AnalysisSettings.defaultsFor(spec).withInput(setting.input())
                .withClasses(setting.classes()));
    }

    private static JsonNode read(String id, Setting setting) throws IOException {
        return new ObjectMapper().readTree(REFERENCES.resolve(setting.fileName(id)).toFile());
    }

    private static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode object) {
        return object::fields;
    }

    /** {@code [C, H, W]} for a feature map, {@code [N]} for a vector (torchvision's Linear). */
    private static Shape shape(JsonNode dims) {
        return dims.size() == 1 ? Shape.vector(dims.get(0).asInt())
                : Shape.of(dims.get(0).asInt(), dims.get(1).asInt(), dims.get(2).asInt());
    }
}
