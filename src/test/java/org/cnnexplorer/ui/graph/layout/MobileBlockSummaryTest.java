package org.cnnexplorer.ui.graph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cnnexplorer.core.Activation;
import org.cnnexplorer.core.DenseBlockSpec;
import org.cnnexplorer.core.InvertedResidualSpec;
import org.cnnexplorer.core.InvertedResidualStageSpec;
import org.cnnexplorer.core.SeparableSpec;
import org.cnnexplorer.core.SqueezeExcitationSpec;
import org.cnnexplorer.core.TransitionSpec;
import org.junit.jupiter.api.Test;

class MobileBlockSummaryTest {

    @Test
    void anMbconvReadsAsThePapersTableRow() {
        assertEquals("MBConv6 5x5 → 40, SE 10, stride 2", BlockSummary.of(new InvertedResidualSpec(40, 5, 2, 6, 0,
                Activation.SWISH, SqueezeExcitationSpec.squeezingTo(10, Activation.SWISH, Activation.SIGMOID), 1e-5,
                InvertedResidualSpec.Layout.MBCONV)));
        assertEquals("MBConv exp 72 3x3 → 24", BlockSummary.of(new InvertedResidualSpec(24, 3, 1, 0, 72,
                Activation.RELU, null, 1e-3, InvertedResidualSpec.Layout.MBCONV)));
    }

    @Test
    void anMbconvStageReadsAsTheRowWithItsBlockCountAndTheSqueezeAsAShareOfEachInput() {
        assertEquals("2 x MBConv6 3x3 → 24, SE C_in/4, stride 2", BlockSummary.of(new InvertedResidualStageSpec(2,
                new InvertedResidualSpec(24, 3, 2, 6, 0, Activation.SWISH,
                        new SqueezeExcitationSpec(0, 4, Activation.SWISH, Activation.SIGMOID), 1e-5,
                        InvertedResidualSpec.Layout.MBCONV))));
    }

    @Test
    void theOtherBlocksShowTheirConvs() {
        assertEquals("separable: dw 3x3 s2 → 1x1 64",
                BlockSummary.of(new SeparableSpec(64, 3, 2, 1, true, Activation.RELU)));
        assertEquals("SE: C/16, sigmoid",
                BlockSummary.of(new SqueezeExcitationSpec(0, 16, Activation.RELU, Activation.SIGMOID)));
        assertEquals("dense-block: 6 x (1x1 128 → 3x3 32)", BlockSummary.of(new DenseBlockSpec(6, 32, 4)));
        assertEquals("transition: 1x1 128, avgpool 2", BlockSummary.of(new TransitionSpec(128)));
    }
}
