package org.cnnexplorer.io.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.Totals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The built-in networks against their published totals (torchvision, the papers). */
class BuiltInNetworksTest {

    static NetworkReport analyze(String id) {
        try {
            return NetworkAnalyzer.analyze(ModelCatalog.load(id));
        } catch (ModelFileException e) {
            throw new AssertionError(e);
        }
    }

    static LayerReport layer(NetworkReport report, String name) {
        return report.layer(name).orElseThrow(() -> new AssertionError("no layer " + name));
    }

    @ParameterizedTest(name = "{0}: {1} params, {2} MACs, depth {3}")
    @CsvSource({
        // id, parameters, MACs per image, weight layers on the longest path, expanded layers
        "lenet5,               61706,       416520,  5,  12",
        "lenet5-32,            61706,       416520,  5,  12",  // the paper's 32x32, unpadded
        "alexnet,           61100840,    714188480,  8,  22",
        "alexnet-paper,     62378344,   1135256096,  8,  23",
        "vgg16,            138357544,  15470264320, 16,  40",
        "vgg19,            143667240,  19632062464, 19,  46",
        "googlenet,          6624904,   1498376192, 22, 197",
        "googlenet-paper,    6998552,   1582671872, 22, 142",
        "resnet18,          11689512,   1814073344, 18,  69",
        "resnet34,          21797672,   3663761408, 34, 125",
        "resnet50,          25557032,   4089184256, 50, 175",
        "resnet101,         44549160,   7801405440, 101, 345",
        "resnet152,         60192808,  11513626624, 152, 515",
        "resnext50-32x4d,   25028904,   4230479872, 50, 175",
        // torchvision 0.14 (parameters(), forward hooks on Conv2d and Linear); buffers in the test below
        "densenet121,        7978856,   2834161664, 121, 427",
        "mobilenet-v2,       3504872,    300774272, 53, 153",
        // PyTorch re-implementations of the papers (scripts/paper_networks_reference.py)
        "mobilenet-v1,       4231976,    568740352, 28,  84",  // Keras' trainable count
        "xception,          22855952,   8357403496, 71, 168",  // Keras' trainable count, at 299x299
        "alexnet-2gpu,      60965224,    724406816,  8,  23",  // Caffe's bvlc_alexnet, the paper's 60 M
        // timm's layers in torch.nn (scripts/cspdarknet53_reference.py), timm's 27,642,184 at 256x256
        "cspdarknet53,      27642184,   6533652480, 68, 242",
    })
    void totalsMatchThePublishedCounts(String id, long params, long macs, int depth, int layers) {
        NetworkReport report = analyze(id);
        Totals totals = report.totals();
        assertEquals(true, report.isValid(), report.problems().toString());
        assertEquals(params, totals.params());
        assertEquals(params, totals.trainableParams());
        assertEquals(macs, totals.macs());
        assertEquals(2 * macs, totals.flops());
        assertEquals(depth, totals.depth());
        assertEquals(layers, totals.layers());
    }

    @Test
    void catalogListsEveryBuiltInOnceWithAFamilyAndYear() {
        List<ModelCatalog.Entry> entries = ModelCatalog.builtIns();
        assertEquals(Set.copyOf(ModelCatalog.IDS), entries.stream().map(ModelCatalog.Entry::id).collect(toSet()));
        assertEquals(ModelCatalog.IDS.size(), entries.size());
        for (ModelCatalog.Entry entry : entries) {
            assertFalse(entry.place().family().isEmpty(), entry.id() + " has no family");
            assertNotEquals(0, entry.place().year(), entry.id() + " has no year");
        }
    }

    @Test
    void menuGroupsFamiliesInTheOrderOfTheirFirstYearAndEachFamilyByYear() {
        List<ModelCatalog.Entry> entries = ModelCatalog.builtIns();
        Map<String, List<Integer>> years = new LinkedHashMap<>(); // family -> its networks' years, in menu order
        for (int i = 0; i < entries.size(); i++) {
            CatalogPlace place = entries.get(i).place();
            boolean continues = i > 0 && entries.get(i - 1).place().family().equals(place.family());
            assertTrue(continues || !years.containsKey(place.family()), place.family() + " is split in two");
            years.computeIfAbsent(place.family(), f -> new ArrayList<>()).add(place.year());
        }
        List<Integer> firstYears = years.values().stream().map(y -> y.get(0)).toList();
        assertEquals(firstYears.stream().sorted().toList(), firstYears, "families by first year: " + years);
        years.forEach((family, list) -> assertEquals(list.stream().sorted().toList(), list, family));
        assertEquals(List.of("LeNet", "AlexNet", "VGG", "GoogLeNet / Inception", "ResNet"),
                List.copyOf(years.keySet()).subList(0, 5));
        assertEquals(List.of("alexnet-paper", "alexnet-2gpu", "alexnet"), entries.stream()
                .filter(e -> e.place().family().equals("AlexNet")).map(ModelCatalog.Entry::id).toList());
    }

    @Test
    void batchNormNetworksKeepRunningStatisticsAsBuffers() {
        assertEquals(53_120, analyze("resnet50").totals().buffers());
        assertEquals(0, analyze("vgg16").totals().buffers());
        assertEquals(83_648, analyze("densenet121").totals().buffers());  // torchvision's running means, variances
        assertEquals(34_112, analyze("mobilenet-v2").totals().buffers());
        assertEquals(21_888, analyze("mobilenet-v1").totals().buffers());  // Keras' non-trainable count
        assertEquals(54_528, analyze("xception").totals().buffers());  // Keras: 22,910,480 - 22,855,952
        assertEquals(2 * (analyze("googlenet").layers().stream()
                .filter(l -> l.type().equals("batchnorm")).mapToLong(l -> l.output().channels()).sum()),
                analyze("googlenet").totals().buffers());
    }

    @ParameterizedTest(name = "{0} {1}: receptive field {2}, jump {3}")
    @CsvSource({
        // worked by hand with size' = size + (k - 1) * jump, jump' = jump * stride
        "lenet5,     c5,                  32,  4",
        "lenet5-32,  c5,                  32,  4",
        "vgg16,      fc6,                404, 224",  // 7x7 distinct cells of pool5, 32 apart
        "resnet50,   avgpool,            619, 224",  // the global pool spans layer4's 7x7 map
        "alexnet,    pool5,              195, 32",
        "vgg16,      block5.2.conv,      196, 16",  // conv5_3
        "vgg16,      pool5,              212, 32",
        "googlenet,  maxpool2,            27,  8",
        "googlenet,  inception3a.concat,  43,  8",
        "resnet50,   maxpool,             11,  4",
        "resnet50,   layer1.2.relu,       35,  4",
        "resnet50,   layer2.3.relu,       91,  8",
        "resnet50,   layer3.5.relu,      267, 16",
        "resnet50,   layer4.2.relu,      427, 32",
        "vgg19,      block5.3.conv,      252, 16",  // conv5_4: pool4's 124 (jump 16) + 4 convs x 2 x 16
        "vgg19,      pool5,              268, 32",
        "resnet18,   layer1.1.relu,       43,  4",  // 11 after the max pool + 4 convs x 2 x 4
        "resnet18,   layer2.1.relu,       99,  8",  // + 2 x 4 (conv1, stride 2) + 3 x 2 x 8
        "resnet18,   layer4.1.relu,      435, 32",
        "resnet34,   layer4.2.relu,      899, 32",  // layer1 59, layer2 179, layer3 547
        "resnet101,  layer3.22.relu,     811, 16",  // layer2 ends at 91 as ResNet-50's; 107 + 22 x 2 x 16
        "resnet101,  layer4.2.relu,      971, 32",
        "resnet152,  layer2.7.relu,      155,  8",  // 35 + 2 x 4 + 7 x 2 x 8: only the 3x3 convs widen the field
        "resnet152,  layer4.2.relu,     1451, 32",
        "resnext50-32x4d, layer4.2.relu, 427, 32",  // groups leave the field as ResNet-50's
        "densenet121, features.pool0,                   11,  4",
        "densenet121, features.denseblock1.denselayer6.concat, 59, 4",  // 6 more 3x3 convs: 11 + 6 * 2 * 4
        "densenet121, features.transition1.pool,        63,  8",
        "densenet121, features.norm5,                 2071, 32",
        "mobilenet-v1, conv_dw_2,                       11,  4",
        "mobilenet-v1, conv_pw_6_relu,                  59, 16",
        "mobilenet-v1, conv_pw_13_relu,                315, 32",  // Araujo et al., Distill 2019: 315
        "mobilenet-v2, features.1.conv.2,                7,  2",
        "mobilenet-v2, features.3.add,                  19,  4",
        "mobilenet-v2, features.18.2,                  491, 32",  // 4 strided, 13 stride-1 depthwise 3x3 after the stem
        "xception,   act2,                               7,  2",
        "xception,   block1.add,                        19,  4",  // 2 separable 3x3 + the 3x3 max-pool
        "xception,   block3.add,                        91, 16",
        "xception,   block11.add,                      859, 16",  // 8 middle blocks of 3 x 3x3: + 24 * 2 * 16
        "xception,   act4,                            1083, 32",
        "alexnet-2gpu, conv2,                           51,  8",  // groups do not change the field
        "alexnet-2gpu, pool5,                          195, 32",
    })
    void receptiveFieldsMatchHandComputedValues(String id, String layer, int size, int jump) {
        LayerReport report = layer(analyze(id), layer);
        assertEquals(size, report.receptiveField().sizeHeight());
        assertEquals(size, report.receptiveField().sizeWidth());
        assertEquals(jump, report.receptiveField().jumpHeight());
    }
}
