package org.cnnexplorer.ui.graph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.io.model.ModelSources;
import org.junit.jupiter.api.Test;

/**
 * An imported ONNX graph, flat but named by module paths, gets collapsible groups as the
 * built-ins' blocks are: stages open, bottlenecks and inception modules closed.
 */
class NameGroupsTest {

    private static NetworkReport onnx(String name) throws Exception {
        return NetworkAnalyzer.analyze(ModelSources.read(Path.of("src/test/resources/onnx/" + name + ".onnx")));
    }

    @Test
    void anImportedResNetShowsItsStagesOpenAndItsBottlenecksAsBoxes() throws Exception {
        NetworkReport report = onnx("resnet50");
        BlockIndex index = BlockIndex.of(report.spec());
        assertTrue(index.names().containsAll(Set.of("/layer1", "/layer1/layer1.0", "/layer4/layer4.2")));
        assertTrue(index.containers().containsAll(Set.of("/layer1", "/layer4")));
        assertTrue(!index.containers().contains("/layer1/layer1.0"), "bottlenecks start closed");
        GraphModel model = GraphBuilder.build(report, index.containers());
        long bottlenecks = model.nodes().stream().filter(n -> n.id().matches("/layer\\d/layer\\d\\.\\d+")).count();
        assertEquals(3 + 4 + 6 + 3, bottlenecks, "one box per bottleneck, as the built-in ResNet-50 shows");
        GraphNode first = model.nodes().stream().filter(n -> n.id().equals("/layer1/layer1.0")).findFirst()
                .orElseThrow();
        assertEquals("12 layers: conv2d, batchnorm, relu, add", first.detail(), "3 convolutions, 3 batch norms,"
                + " 3 ReLUs, the sum and the projection shortcut's convolution and batch norm");
        assertEquals(report.layer("/layer1/layer1.0/relu_2/Relu").orElseThrow().params(), 0);
    }

    @Test
    void anImportedGoogLeNetGroupsEachInceptionModule() throws Exception {
        NetworkReport report = onnx("googlenet");
        BlockIndex index = BlockIndex.of(report.spec());
        GraphModel model = GraphBuilder.build(report, index.containers());
        assertTrue(model.nodes().stream().anyMatch(n -> n.id().equals("/inception3a")));
        GraphModel open = GraphBuilder.build(report, Set.of("/inception3a"));
        assertTrue(open.frames().stream().anyMatch(f -> f.block().equals("/inception3a")));
        assertTrue(open.nodes().stream().anyMatch(n -> n.id().equals("/inception3a/branch2")));
    }

    @Test
    void builtInsNamedByPyTorchModulesGroupTheirModulesOrShowTheirBlocks() throws Exception {
        NetworkReport mobileNet = NetworkAnalyzer.analyze(ModelCatalog.load("mobilenet-v2"));
        BlockIndex index = BlockIndex.of(mobileNet.spec());
        assertTrue(index.names().containsAll(Set.of("features.1", "features.3", "features.17")), index.names().toString());
        GraphModel model = GraphBuilder.build(mobileNet, index.containers());
        assertEquals(17, model.nodes().stream().filter(n -> n.id().matches("features\\.\\d+")).count(),
                "a box per inverted-residual block");
        BlockIndex xception = BlockIndex.of(ModelCatalog.load("xception"));
        assertTrue(xception.names().containsAll(Set.of("block1", "block4", "block12", "block4.rep.1")));
    }

    @Test
    void networksWithBlocksOrPlainNamesGetNoNameGroups() throws Exception {
        BlockIndex builtIn = BlockIndex.of(ModelCatalog.load("lenet5"));
        assertEquals(Set.of(), builtIn.names());
        assertEquals(List.of(), NameGroups.of(List.of("a", "b", "c", "d")).of("a"));
        BlockIndex lenet = BlockIndex.of(ModelSources.read(Path.of("src/test/resources/onnx/lenet5.onnx")));
        assertTrue(lenet.names().isEmpty() || !lenet.names().contains("/"), lenet.names().toString());
    }

    @Test
    void dottedModulePathsGroupAsTorchvisionNamesItsModules() {
        NameGroups groups = NameGroups.of(List.of("features.0.0", "features.0.1", "features.1.block.0.0",
                "features.1.block.0.1", "features.1.block.1.0", "features.1.add", "avgpool", "flatten",
                "classifier.0", "classifier.1"));
        assertEquals(List.of("features", "features.1", "features.1.block"), groups.of("features.1.block.0.0")
                .subList(0, 3));
        assertEquals(List.of("features", "features.0"), groups.of("features.0.1"));
        assertEquals(List.of(), groups.of("avgpool"));
        assertEquals(List.of("classifier"), groups.of("classifier.1"));
        assertTrue(groups.containers().contains("features"));
    }
}
