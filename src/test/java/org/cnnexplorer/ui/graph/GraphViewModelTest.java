package org.cnnexplorer.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cnnexplorer.core.Conv2dSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.ui.explorer.ExplorerViewModel;
import org.cnnexplorer.ui.graph.layout.GraphModel;
import org.cnnexplorer.ui.graph.layout.GraphNode;
import org.cnnexplorer.ui.graph.layout.GraphPicture;
import org.cnnexplorer.ui.graph.layout.Layout;
import org.junit.jupiter.api.Test;

class GraphViewModelTest {

    private static GraphViewModel graph(ExplorerViewModel explorer) {
        return new GraphViewModel(explorer.reportProperty(), explorer.selectionProperty(), explorer::select);
    }

    @Test
    void aNetworkOpensWithStagesOpenAndModulesClosed() throws Exception {
        ExplorerViewModel explorer = new ExplorerViewModel(ModelCatalog.load("resnet50"), "resnet50");
        GraphViewModel graph = graph(explorer);
        assertTrue(graph.isExpanded("layer1"));
        assertFalse(graph.isExpanded("layer1.0"));
        assertTrue(graph.pictureProperty().get().newNetwork());
        graph.toggle("layer1.0");
        GraphModel model = graph.pictureProperty().get().model();
        assertTrue(model.nodes().stream().anyMatch(n -> n.id().equals("layer1.0.add")));
        assertFalse(graph.pictureProperty().get().newNetwork());
        graph.collapseAll();
        assertEquals(5 + 4 + 3, graph.pictureProperty().get().model().nodes().size());
        graph.expandAll();
        assertEquals(explorer.report().layers().size(), graph.pictureProperty().get().model().nodes().size());
    }

    @Test
    void anEditThatKeepsTheStructureKeepsTheLayout() throws Exception {
        ExplorerViewModel explorer = new ExplorerViewModel(ModelCatalog.load("googlenet"), "googlenet");
        GraphViewModel graph = graph(explorer);
        Layout before = graph.pictureProperty().get().layout();
        explorer.setInput(Shape.of(3, 160, 160));
        GraphPicture after = graph.pictureProperty().get();
        assertFalse(after.relaidOut(), "zoom, pan and box positions stay; only texts change");
        assertSame(before, after.layout());
        assertTrue(after.model().edges().stream().anyMatch(e -> e.label().equals("64x80x80")));
        graph.toggle("inception4a");
        assertTrue(graph.pictureProperty().get().relaidOut());
    }

    @Test
    void theSelectedBoxIsTheOneShowingTheSelectedLayer() throws Exception {
        ExplorerViewModel explorer = new ExplorerViewModel(ModelCatalog.load("googlenet"), "googlenet");
        GraphViewModel graph = graph(explorer);
        explorer.select("inception4b.branch3.1.conv");
        assertEquals("inception4b", graph.selectedBoxProperty().get());
        graph.toggle("inception4b");
        assertEquals("inception4b.branch3.1.conv", graph.selectedBoxProperty().get());
        graph.select("conv1");
        assertEquals("conv1", explorer.selectionProperty().get());
    }

    @Test
    void aProblemTurnsItsBoxRedAndOpeningAnotherNetworkResetsBlocks() throws Exception {
        ExplorerViewModel explorer = new ExplorerViewModel(ModelCatalog.load("alexnet"), "alexnet");
        GraphViewModel graph = graph(explorer);
        explorer.editSpec(s -> s.withLayer("conv1", Conv2dSpec.of(64, 11, 20, 2, true)));
        GraphNode broken = graph.pictureProperty().get().model().nodes().stream()
                .filter(n -> n.status() == GraphNode.Status.PROBLEM).findFirst().orElseThrow();
        assertTrue(broken.problem().startsWith(broken.id() + ": "), broken.problem());
        explorer.open(ModelCatalog.load("resnet50"), "resnet50");
        assertTrue(graph.pictureProperty().get().newNetwork());
        assertTrue(graph.isExpanded("layer3"));
    }
}
