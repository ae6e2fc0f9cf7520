package org.cnnexplorer.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions over a whole report: no figure is negative or wrapped, whatever the sizes. */
public final class ReportChecks {

    private ReportChecks() {
    }

    /** Every count, shape, receptive field and total of the report is non-negative (and shapes positive). */
    public static void assertNoNegativeFigure(NetworkReport report) {
        String id = report.spec().id() + " at " + report.settings().input() + " batch " + report.settings().batch();
        for (LayerReport layer : report.layers()) {
            String where = id + ", " + layer.name();
            assertTrue(layer.params() >= 0 && layer.buffers() >= 0 && layer.macs() >= 0 && layer.otherOps() >= 0
                    && layer.activationElements() >= 0, where + ": a negative count");
            if (layer.isValid()) {
                assertTrue(layer.output().isPositive(), where + ": output " + layer.output());
                ReceptiveField field = layer.receptiveField();
                assertTrue(field.sizeHeight() >= 1 && field.sizeWidth() >= 1 && field.jumpHeight() >= 1
                        && field.jumpWidth() >= 1, where + ": receptive field " + field);
            }
        }
        Totals t = report.totals();
        long[] figures = {t.params(), t.trainableParams(), t.nonTrainableParams(), t.buffers(), t.macs(), t.flops(),
            t.otherOps(), t.activationElements(), t.peakActivationElements(), t.paramBytes(), t.bufferBytes(),
            t.inferenceBytes(), t.trainingBytes(), t.depth(), t.layers(), t.activationBytes(),
            t.peakActivationBytes(), t.gradientBytes(), t.optimizerBytes()};
        for (long figure : figures) {
            assertTrue(figure >= 0, id + ": a negative total in " + t);
        }
        assertTrue(t.memoryFits() || !report.isValid(), id + ": memory too large without a problem");
    }
}
