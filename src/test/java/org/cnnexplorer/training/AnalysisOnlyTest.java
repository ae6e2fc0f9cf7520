package org.cnnexplorer.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cnnexplorer.core.Conv2dSpec;
import org.cnnexplorer.core.DenseSpec;
import org.cnnexplorer.core.FlattenSpec;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.NodeSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.io.model.ModelCatalog;
import org.junit.jupiter.api.Test;

/** Training covers classifiers: a score map or a detection head is named as analysis only. */
class AnalysisOnlyTest {

    private static NetworkSpec network(int classes, NodeSpec... nodes) {
        return new NetworkSpec("net", "net", "", "", Shape.of(3, 8, 8), classes, List.of(nodes), Map.of());
    }

    @Test
    void aScoreMapIsAnalysisOnly() {
        assertEquals(Optional.of("net is analysis only: it outputs 21x8x8 per image (a score map), not one score"
                + " for each of its 21 classes; training covers classifiers. The analysis is exact."),
                DatasetAdaptation.analysisOnly(network(21, NodeSpec.of("score", Conv2dSpec.of(21, 1, 1, 0, true)))));
    }

    @Test
    void aDetectionHeadWithMoreValuesThanClassesIsAnalysisOnly() {
        assertEquals(Optional.of("net is analysis only: it outputs 1470 values per image, not one score for each of"
                + " its 20 classes; training covers classifiers. The analysis is exact."),
                DatasetAdaptation.analysisOnly(network(20, NodeSpec.of("flatten", new FlattenSpec()),
                        NodeSpec.of("fc", DenseSpec.of(1470)))));
    }

    @Test
    void classifiersAndNetworksThatCannotRunAreLeftToTheOtherChecks() throws Exception {
        for (String id : ModelCatalog.IDS) {
            if (java.util.Set.of("fcn8s", "unet", "yolo-v1").contains(id)) {
                continue;  // PaperReferenceTest: analysis only
            }
            assertEquals(Optional.empty(), DatasetAdaptation.analysisOnly(ModelCatalog.load(id)), id);
        }
        assertEquals(Optional.empty(), DatasetAdaptation.analysisOnly(network(10,
                NodeSpec.of("conv", Conv2dSpec.of(10, 9, 1, 0, true)))));  // 8x8 input, 9x9 kernel: cannot run
        assertEquals(Optional.empty(), DatasetAdaptation.analysisOnly(network(10,
                NodeSpec.of("conv", Conv2dSpec.of(10, 8, 1, 0, true)))));  // 10x1x1: one score per class
    }
}
