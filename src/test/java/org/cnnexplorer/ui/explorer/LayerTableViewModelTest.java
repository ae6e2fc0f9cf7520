package org.cnnexplorer.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cnnexplorer.core.Shape;
import org.junit.jupiter.api.Test;

class LayerTableViewModelTest {

    @Test
    void oneRowPerLayerWithNumbersForSorting() throws Exception {
        ExplorerViewModel explorer = ExplorerViewModelTest.open("vgg16");
        LayerTableViewModel table = new LayerTableViewModel(explorer);
        assertEquals(explorer.report().layers().size(), table.rows().size());
        LayerRow fc6 = table.rows().stream().filter(r -> r.name().equals("fc6")).findFirst().orElseThrow();
        assertEquals(102_764_544, fc6.params());
        assertEquals("25088", fc6.input());
        assertEquals("4096", fc6.output());
        assertEquals(224, fc6.jump());
        LayerRow conv = table.rowFor("block1");
        assertEquals("block1.0.conv", conv.name());
        assertEquals(1, conv.depth());
        assertEquals("3x3 s1 p1", conv.settings());
    }

    @Test
    void rowsFollowEditsAndMarkProblemsAndBlockedLayers() throws Exception {
        ExplorerViewModel explorer = ExplorerViewModelTest.open("alexnet");
        LayerTableViewModel table = new LayerTableViewModel(explorer);
        explorer.setInput(Shape.of(3, 32, 32));
        LayerRow pool5 = table.rowFor("pool5");
        assertTrue(pool5.hasProblem());
        assertEquals("INVALID", pool5.output());
        assertEquals(-1, pool5.params());
        assertTrue(table.rowFor("fc8").blocked());
        assertEquals("-", table.rowFor("fc8").output());
    }

    @Test
    void pickingARowSelectsTheLayer() throws Exception {
        ExplorerViewModel explorer = ExplorerViewModelTest.open("lenet5");
        LayerTableViewModel table = new LayerTableViewModel(explorer);
        table.select(table.rows().get(3));
        assertEquals("s2", explorer.selectionProperty().get());
        assertNull(table.rowFor("nothing"));
    }
}
