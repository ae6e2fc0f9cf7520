package org.cnnexplorer.io.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.Conventions;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Totals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The counting conventions against torchvision 0.14: the defaults leave the published figures alone,
 * folding batch-norm equals {@code torch.nn.utils.fusion.fuse_conv_bn_eval} on every conv/bn pair,
 * and bias additions add one per output value of every biased conv and dense layer.
 */
class ConventionsTest {

    private static NetworkReport analyze(String id, Conventions conventions) throws ModelFileException {
        NetworkSpec spec = ModelCatalog.load(id);
        return NetworkAnalyzer.analyze(spec, AnalysisSettings.defaultsFor(spec).withConventions(conventions));
    }

    @ParameterizedTest
    @CsvSource({"resnet50, 25557032, 53120, 25530472", "googlenet, 6624904, 14560, 6617624"})
    void foldingBatchNormEqualsTorchsFusedParameterCount(String id, long params, long buffers, long folded)
            throws ModelFileException {
        Totals plain = analyze(id, Conventions.DEFAULT).totals();
        Totals fused = analyze(id, Conventions.DEFAULT.withFoldBatchNorm(true)).totals();
        assertEquals(params, plain.params());
        assertEquals(buffers, plain.buffers());
        assertEquals(folded, fused.params());
        assertEquals(0, fused.buffers());
        assertEquals(plain.macs(), fused.macs(), "folding changes no multiply-accumulate");
        assertEquals(plain.activationElements(), fused.activationElements());
    }

    @Test
    void aFoldedConvolutionGainsTheBiasItsBatchNormLoses() throws ModelFileException {
        NetworkReport report = analyze("resnet50", Conventions.DEFAULT.withFoldBatchNorm(true));
        LayerReport conv = report.layer("conv1").orElseThrow();
        LayerReport norm = report.layer("bn1").orElseThrow();
        assertEquals(64 * 3 * 7 * 7 + 64, conv.params());
        assertEquals("bn1", conv.foldedWith());
        assertEquals("conv1", norm.foldedWith());
        assertEquals(0, norm.params() + norm.buffers() + norm.otherOps());
    }

    @Test
    void countingBiasAdditionsAddsOnePerOutputValueOfBiasedLayers() throws ModelFileException {
        Totals plain = analyze("lenet5", Conventions.DEFAULT).totals();
        Totals biased = analyze("lenet5", Conventions.DEFAULT.withCountBias(true)).totals();
        long additions = 6 * 28 * 28 + 16 * 10 * 10 + 120 + 84 + 10;
        assertEquals(2 * plain.macs(), plain.flops(), "default: FLOPs = 2 x MACs");
        assertEquals(2 * plain.macs() + additions, biased.flops());
        assertEquals(additions, biased.biasAdditions());
    }

    @Test
    void theComputeShownFollowsTheChoiceOfMacsOrFlops() throws ModelFileException {
        NetworkReport report = analyze("lenet5", Conventions.DEFAULT.withFlops(true));
        LayerReport c1 = report.layer("c1").orElseThrow();
        assertEquals("FLOPs", report.settings().conventions().computeName());
        assertEquals(2 * c1.macs(), report.settings().conventions().compute(c1));
        assertEquals(c1.macs(), Conventions.DEFAULT.compute(c1));
    }
}
