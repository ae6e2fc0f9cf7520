package org.cnnexplorer.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cnnexplorer.core.DType;
import org.cnnexplorer.core.Shape;
import org.junit.jupiter.api.Test;

class TotalsAndChartsViewModelTest {

    private static String value(TotalsViewModel totals, String label) {
        return totals.figures().stream().filter(f -> f.label().equals(label)).findFirst().orElseThrow().value();
    }

    @Test
    void totalsShowTheCoreFiguresAndFollowSettings() throws Exception {
        ExplorerViewModel explorer = ExplorerViewModelTest.open("resnet50");
        TotalsViewModel totals = new TotalsViewModel(explorer);
        assertEquals("25,557,032", value(totals, "Parameters"));
        assertEquals("4.09 G", value(totals, "MACs / image"));
        assertEquals("50", value(totals, "Depth"));
        String float32 = value(totals, "Weights memory");
        explorer.setDtype(DType.FLOAT16);
        assertEquals("48.7 MiB", value(totals, "Weights memory"));
        assertEquals("97.5 MiB", float32);
        assertEquals("", totals.problemsProperty().get());
        assertTrue(totals.summaryProperty().get().startsWith("25.6 M params"), totals.summaryProperty().get());
    }

    @Test
    void theProblemSummaryQuotesTheCoreAndSaysFromWhichInputTheNetworkRuns() throws Exception {
        ExplorerViewModel explorer = ExplorerViewModelTest.open("alexnet");
        TotalsViewModel totals = new TotalsViewModel(explorer);
        explorer.setInput(Shape.of(3, 32, 32));
        assertEquals("pool5: input 256x1x1 is smaller than the 3x3 window (stride 2) -> output 0x0; runs from 63x63",
                totals.problemsProperty().get());
    }

    @Test
    void chartsPlotWeightAndPoolingLayersWithMemoryEarlyAndWeightsLate() throws Exception {
        ExplorerViewModel explorer = ExplorerViewModelTest.open("vgg16");
        ChartsViewModel charts = new ChartsViewModel(explorer);
        List<ChartsViewModel.LayerBar> bars = charts.barsProperty().get();
        assertEquals(13 + 5 + 1 + 3, bars.size(), "13 conv, 5 max pool, adaptive pool, 3 dense");
        ChartsViewModel.LayerBar first = bars.get(0);
        ChartsViewModel.LayerBar fc6 = bars.stream().filter(b -> b.name().equals("fc6")).findFirst().orElseThrow();
        assertTrue(first.activations() > first.params(), "memory high early");
        assertTrue(fc6.params() > fc6.activations(), "weights high late");
        assertTrue(charts.logScaleProperty().get());
        explorer.setInput(Shape.of(3, 112, 112));
        assertEquals(64 * 112 * 112, charts.barsProperty().get().get(0).activations());
    }

    @Test
    void theTotalsPanelSaysWhenItsFiguresArePartial() throws Exception {
        ExplorerViewModel vm = ExplorerViewModelTest.open("alexnet");
        TotalsViewModel totals = new TotalsViewModel(vm);
        assertEquals("", totals.partialProperty().get());
        assertTrue(vm.setInput(Shape.of(3, 32, 32)));
        assertTrue(totals.partialProperty().get().startsWith("partial: layers before pool5"),
                totals.partialProperty().get());
        assertTrue(totals.summaryProperty().get().endsWith("(partial)"), totals.summaryProperty().get());
    }
}
