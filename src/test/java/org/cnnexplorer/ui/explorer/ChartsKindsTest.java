package org.cnnexplorer.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.cnnexplorer.core.LayerKind;
import org.cnnexplorer.core.LayerKindSamples;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The charts plot the layers of every convolution, pooling and dense kind, and no other. */
class ChartsKindsTest {

    @ParameterizedTest
    @EnumSource(LayerKind.class)
    void aKindIsPlottedWhenItHoldsWeightsOrChangesTheMapSize(LayerKind kind) {
        boolean expected = switch (kind.category()) {
            case CONV, POOL, DENSE -> true;
            default -> false;
        };
        assertEquals(expected, ChartsViewModel.plotted(kind), kind.id());
        NetworkReport report = NetworkAnalyzer.analyze(LayerKindSamples.network(kind));
        boolean drawn = ChartsViewModel.bars(report).stream().anyMatch(b -> b.name().equals(LayerKindSamples.SAMPLE));
        assertEquals(expected, drawn, kind.id());
    }

    @Test
    void theFirstPlottedKindsAreStillPlotted() {
        for (LayerKind kind : new LayerKind[] {LayerKind.CONV2D, LayerKind.MAXPOOL, LayerKind.AVGPOOL,
            LayerKind.GLOBAL_AVGPOOL, LayerKind.ADAPTIVE_AVGPOOL, LayerKind.DENSE}) {
            assertEquals(true, ChartsViewModel.plotted(kind), kind.id());
        }
        assertFalse(ChartsViewModel.plotted(LayerKind.BATCHNORM));
    }
}
