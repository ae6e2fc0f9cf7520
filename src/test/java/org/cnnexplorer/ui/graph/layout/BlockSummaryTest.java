package org.cnnexplorer.ui.graph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cnnexplorer.core.Cardinality;
import org.cnnexplorer.core.InceptionSpec;
import org.cnnexplorer.core.ResidualBlockSpec;
import org.cnnexplorer.core.ResidualStageSpec;
import org.junit.jupiter.api.Test;

class BlockSummaryTest {

    @Test
    void anInceptionModuleListsItsBranchesAsPeopleReadThem() {
        assertEquals("inception: 1x1 64 | 3x3 96→128 | 5x5 16→32 | pool→32",
                BlockSummary.of(new InceptionSpec(64, 96, 128, 16, 32, 32, 5, false)));
        assertEquals("inception: 1x1 64 | 3x3 96→128 | 3x3 16→32 | pool→32",
                BlockSummary.of(new InceptionSpec(64, 96, 128, 16, 32, 32, 3, true)),
                "torchvision's 5x5 branch is a 3x3 and says so");
    }

    @Test
    void theKindIsLeftOutWhenTheBoxNameAlreadySaysIt() {
        InceptionSpec module = new InceptionSpec(64, 96, 128, 16, 32, 32, 5, false);
        assertEquals("1x1 64 | 3x3 96→128 | 5x5 16→32 | pool→32", BlockSummary.of(module, "inception3a"));
        assertEquals("inception: 1x1 64 | 3x3 96→128 | 5x5 16→32 | pool→32", BlockSummary.of(module, "mixed1"));
        assertEquals("bottleneck: 1x1 64 → 3x3 64 → 1x1 256", BlockSummary.of(
                new ResidualBlockSpec(ResidualBlockSpec.Kind.BOTTLENECK, 64, 1, true), "layer1.0"));
    }

    @Test
    void aBottleneckListsItsConvolutionsAndStride() {
        assertEquals("bottleneck: 1x1 128 → 3x3 128 → 1x1 512, stride 2",
                BlockSummary.of(new ResidualBlockSpec(ResidualBlockSpec.Kind.BOTTLENECK, 128, 2, true)));
        assertEquals("2 x basic-block: 3x3 64 → 3x3 64",
                BlockSummary.of(new ResidualStageSpec(ResidualBlockSpec.Kind.BASIC, 2, 64, 1, true)));
    }

    @Test
    void aResNeXtBottleneckShowsItsInnerWidthAndGroups() {
        assertEquals("3 x bottleneck: 1x1 128 → 3x3 128 g32 → 1x1 256", BlockSummary.of(new ResidualStageSpec(
                ResidualBlockSpec.Kind.BOTTLENECK, 3, 64, 1, true, new Cardinality(32, 4))));
        assertEquals("bottleneck: 1x1 ? → 3x3 ? g32 → 1x1 4", BlockSummary.of(new ResidualBlockSpec(
                ResidualBlockSpec.Kind.BOTTLENECK, 1, 1, true, new Cardinality(32, 4))), "no channels inside");
    }

    @Test
    void aCspStageShowsItsDownsamplingThenTheBlocksOnHalfItsChannels() {
        assertEquals("3x3 s2 → 1x1 128, half: 2 x (1x1 64 → 3x3 64) → 1x1 128",
                BlockSummary.of(org.cnnexplorer.core.CspStageSpec.darknet(128, 2)));
    }
}
