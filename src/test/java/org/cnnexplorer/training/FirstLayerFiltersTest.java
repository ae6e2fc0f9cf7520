package org.cnnexplorer.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.io.model.ModelCatalog;
import org.junit.jupiter.api.Test;

/** Which layer's filters a run keeps, and how snapshots are added. */
class FirstLayerFiltersTest {

    @Test
    void theFirstConvolutionOfLenetAndResnet50() throws Exception {
        FirstLayerFilters lenet = FirstLayerFilters.of(NetworkAnalyzer.analyze(ModelCatalog.load("lenet5")))
                .orElseThrow();
        assertEquals("c1", lenet.layer());
        assertEquals(new FirstLayerFilters.Geometry(6, 1, 5, 5), lenet.geometry());
        FirstLayerFilters resnet = FirstLayerFilters.of(NetworkAnalyzer.analyze(ModelCatalog.load("resnet50")))
                .orElseThrow();
        assertEquals("conv1", resnet.layer());
        assertEquals(9408, resnet.geometry().values(), "64 x 3 x 7 x 7");
    }

    @Test
    void aLaterSnapshotIsAddedAndAResumedEpochReplacesWhatFollows() {
        FirstLayerFilters filters = new FirstLayerFilters("c", new FirstLayerFilters.Geometry(1, 1, 1, 2),
                List.of());
        filters = filters.with(new FilterSnapshot(0, new float[] {1, 2})).with(new FilterSnapshot(1, new float[2]))
                .with(new FilterSnapshot(2, new float[2]));
        assertEquals(List.of(0, 1, 2), filters.epochs());
        filters = filters.with(new FilterSnapshot(1, new float[] {5, 6}));
        assertEquals(List.of(0, 1), filters.epochs());
        assertEquals(5, filters.last().orElseThrow().weights()[0]);
        assertTrue(filters.at(2).isEmpty());
    }

    @Test
    void aSnapshotOfTheWrongSizeIsRefusedNamingTheLayer() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FirstLayerFilters(
                "c1", new FirstLayerFilters.Geometry(6, 1, 5, 5), List.of(new FilterSnapshot(3, new float[10]))));
        assertEquals("the filter snapshot of epoch 3 has 10 values; c1 (6 x 1 x 5 x 5) has 150", e.getMessage());
    }
}
