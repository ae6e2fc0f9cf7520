package org.cnnexplorer.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cnnexplorer.core.Conventions;
import org.cnnexplorer.io.model.ModelCatalog;
import org.junit.jupiter.api.Test;

/** One switch of the conventions reaches the table, the charts and the status line at once, and undoes. */
class ConventionsViewModelTest {

    @Test
    void flopsReplaceMacsInTheTableChartsAndStatusLine() throws Exception {
        ExplorerViewModel explorer = new ExplorerViewModel(ModelCatalog.load("lenet5"), "lenet5");
        LayerTableViewModel table = new LayerTableViewModel(explorer);
        ChartsViewModel charts = new ChartsViewModel(explorer);
        TotalsViewModel totals = new TotalsViewModel(explorer);
        assertTrue(explorer.setConventions(Conventions.DEFAULT.withFlops(true).withCountBias(true)));
        assertEquals(2 * 117_600 + 6 * 28 * 28, table.rowFor("c1").macs());
        assertEquals("FLOPs", charts.computeName());
        assertEquals(2 * 117_600 + 6 * 28 * 28, charts.barsProperty().get().get(0).macs());
        assertTrue(totals.summaryProperty().get().contains(" FLOPs  |  "), totals.summaryProperty().get());
        explorer.undo();
        assertEquals(117_600, table.rowFor("c1").macs());
        assertEquals("MACs", charts.computeName());
    }
}
