package org.cnnexplorer.ui.graph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.ui.graph.layout.Layout.Box;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GraphLayoutTest {

    static NetworkReport report(String id) throws Exception {
        return NetworkAnalyzer.analyze(ModelCatalog.load(id));
    }

    static Layout layout(String id, Set<String> expanded) throws Exception {
        return GraphLayout.layout(GraphBuilder.build(report(id), expanded));
    }

    @Test
    void aPlainChainIsOneStraightColumn() throws Exception {
        Layout layout = layout("lenet5", Set.of());
        assertEquals(13, layout.boxes().size());
        double x = layout.boxes().get("input").centerX();
        layout.boxes().values().forEach(box -> assertEquals(x, box.centerX(), 0.01, box.id()));
        assertTrue(layout.boxes().get("c1").y() > layout.boxes().get("input").y());
    }

    @Test
    void inceptionBranchesSitSideBySideAboveTheirConcat() throws Exception {
        Layout layout = layout("googlenet", Set.of("inception3a"));
        Box b1 = layout.boxes().get("inception3a.branch1.conv");
        Box b2 = layout.boxes().get("inception3a.branch2.0.conv");
        Box b3 = layout.boxes().get("inception3a.branch3.0.conv");
        Box b4 = layout.boxes().get("inception3a.branch4.0");
        assertEquals(b1.y(), b2.y());
        assertEquals(b1.y(), b4.y());
        assertTrue(b1.x() < b2.x() && b2.x() < b3.x() && b3.x() < b4.x(), "branches left to right");
        Box concat = layout.boxes().get("inception3a.concat");
        assertTrue(concat.centerX() > b1.centerX() && concat.centerX() < b4.centerX(), "concat centred below");
        assertEquals(1, layout.frames().size());
    }

    @Test
    void skipConnectionRunsBesideTheMainChain() throws Exception {
        Layout layout = layout("resnet50", Set.of("layer1", "layer1.1"));
        Box conv1 = layout.boxes().get("layer1.1.conv1");
        Box add = layout.boxes().get("layer1.1.add");
        assertEquals(conv1.centerX(), add.centerX(), 0.01, "the main chain stays straight");
        Layout.Route skip = layout.routes().stream()
                .filter(r -> r.edge().from().equals("layer1.0") && r.edge().to().equals("layer1.1.add"))
                .findFirst().orElseThrow();
        assertTrue(skip.points().size() > 2, "a long edge passes through lanes");
        double lane = skip.points().get(1).x();
        assertTrue(lane > conv1.x() + conv1.width(), "the skip lane is right of the boxes");
        assertEquals("256x56x56", skip.edge().label());
    }

    @ParameterizedTest
    @ValueSource(strings = {"lenet5", "alexnet", "vgg16", "googlenet", "resnet50", "googlenet-paper"})
    void boxesNeverOverlapEvenFullyExpanded(String id) throws Exception {
        NetworkReport report = report(id);
        Layout layout = GraphLayout.layout(GraphBuilder.build(report, BlockIndex.of(report.spec()).names()));
        List<Box> boxes = new ArrayList<>(layout.boxes().values());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(overlap(boxes.get(i), boxes.get(j)), boxes.get(i).id() + " / " + boxes.get(j).id());
            }
        }
        assertEquals(report.layers().size(), boxes.size());
        assertTrue(layout.width() > 0 && layout.height() > 0);
    }

    @Test
    void everythingIsInsideThePositiveArea() throws Exception {
        Layout layout = layout("resnet50", Set.of("layer1", "layer2", "layer1.0"));
        layout.frames().forEach(f -> assertTrue(f.x() >= 0 && f.y() >= 0, f.block().block()));
        layout.boxes().values().forEach(b -> assertTrue(b.x() + b.width() <= layout.width()));
        Layout.Frame stage = layout.frames().stream().filter(f -> f.block().block().equals("layer1"))
                .findFirst().orElseThrow();
        Layout.Frame block = layout.frames().stream().filter(f -> f.block().block().equals("layer1.0"))
                .findFirst().orElseThrow();
        assertTrue(stage.x() < block.x() && stage.y() < block.y(), "the stage frame encloses its block's");
        assertNotEquals(stage.width(), block.width());
    }

    @Test
    void layingOutResNet50FullyExpandedIsQuick() throws Exception {
        NetworkReport report = report("resnet50");
        Set<String> all = BlockIndex.of(report.spec()).names();
        GraphLayout.layout(GraphBuilder.build(report, all));
        long start = System.nanoTime();
        GraphLayout.layout(GraphBuilder.build(report, all));
        double millis = (System.nanoTime() - start) / 1e6;
        assertTrue(millis < 500, "took " + millis + " ms");
    }

    private static boolean overlap(Box a, Box b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width()
                && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
    }
}
