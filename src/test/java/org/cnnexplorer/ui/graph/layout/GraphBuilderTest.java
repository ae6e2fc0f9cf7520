package org.cnnexplorer.ui.graph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.io.model.ModelCatalog;
import org.junit.jupiter.api.Test;

class GraphBuilderTest {

    @Test
    void aCollapsedInceptionModuleIsOneBoxWithItsTotals() throws Exception {
        NetworkReport report = NetworkAnalyzer.analyze(ModelCatalog.load("googlenet"));
        GraphModel model = GraphBuilder.build(report, Set.of());
        GraphNode module = model.nodes().stream().filter(n -> n.id().equals("inception3a")).findFirst()
                .orElseThrow();
        assertTrue(module.collapsedBlock());
        assertEquals("256x28x28", module.output());
        long params = report.layers().stream().filter(l -> l.blockPath().contains("inception3a"))
                .mapToLong(l -> l.params()).sum();
        assertEquals(params, module.params());
        assertEquals("1x1 64 | 3x3 96→128 | 3x3 16→32 | pool→32", module.detail(), "the box is named inception3a");
        assertEquals("inception3a", model.boxOf("inception3a.branch2.0.conv"));
    }

    @Test
    void edgesCarryTheShapeOfTheTensorBetweenBoxes() throws Exception {
        GraphModel model = GraphBuilder.build(NetworkAnalyzer.analyze(ModelCatalog.load("googlenet")), Set.of());
        GraphEdge edge = model.edges().stream().filter(e -> e.to().equals("inception3a")).findFirst().orElseThrow();
        assertEquals("maxpool2", edge.from());
        assertEquals("192x28x28", edge.label());
        assertEquals(1, model.edges().stream().filter(e -> e.to().equals("inception3a")).count(),
                "four branches reading the same input make one edge");
    }

    @Test
    void residualStagesStartExpandedSoTheirBlocksShow() throws Exception {
        NetworkSpec resnet = ModelCatalog.load("resnet50");
        BlockIndex blocks = BlockIndex.of(resnet);
        assertEquals(Set.of("layer1", "layer2", "layer3", "layer4"), blocks.containers());
        GraphModel model = GraphBuilder.build(NetworkAnalyzer.analyze(resnet), blocks.containers());
        assertEquals(4 + 16 + 3 + 1, model.nodes().size(), "input, stem, 16 bottlenecks, head");
        assertEquals(4, model.frames().size());
        assertEquals("bottleneck: 1x1 64 → 3x3 64 → 1x1 256", model.nodes().get(5).detail());
    }

    @Test
    void aProblemLayerMarksItsBoxAndItsBlock() throws Exception {
        NetworkSpec alexnet = ModelCatalog.load("alexnet");
        NetworkReport report = NetworkAnalyzer.analyze(alexnet,
                AnalysisSettings.defaultsFor(alexnet).withInput(Shape.of(3, 32, 32)));
        GraphModel model = GraphBuilder.build(report, Set.of());
        GraphNode pool5 = model.nodes().stream().filter(n -> n.id().equals("pool5")).findFirst().orElseThrow();
        assertEquals(GraphNode.Status.PROBLEM, pool5.status());
        assertNotNull(pool5.problem());
        assertTrue(pool5.problem().contains("smaller than the 3x3 window"), pool5.problem());
        assertEquals(GraphNode.Status.BLOCKED, model.nodes().get(model.nodes().size() - 1).status());
    }
}
