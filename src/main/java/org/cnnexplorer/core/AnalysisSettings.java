package org.cnnexplorer.core;

/**
 * What an analysis is run for: the input shape, the number of classes, the batch size, the
 * number format, the optimizer (which decides the optimizer state in training memory), the
 * {@link Conventions} of counting (MACs or FLOPs, bias additions, batch-norm folding) and the
 * {@link ScalingMultipliers} (width and depth change the layers as they are analysed; the input
 * is already the one at the resolution multiplier, which is kept to be shown).
 */
public record AnalysisSettings(Shape input, int classes, int batch, DType dtype, Optimizer optimizer,
                               Conventions conventions, ScalingMultipliers scaling) {

    public AnalysisSettings {
        if (input == null || !input.isPositive() || input.flat()) {
            throw new SpecException("core.spec.settings.input");
        }
        if (classes < 1) {
            throw new SpecException("core.spec.settings.classes", classes);
        }
        if (batch < 1) {
            throw new SpecException("core.spec.settings.batch", batch);
        }
        if (dtype == null || optimizer == null || conventions == null) {
            throw new IllegalArgumentException("dtype, optimizer and conventions are required");
        }
        scaling = scaling == null ? ScalingMultipliers.NONE : scaling;
    }

    /** Settings without scaling. */
    public AnalysisSettings(Shape input, int classes, int batch, DType dtype, Optimizer optimizer,
                            Conventions conventions) {
        this(input, classes, batch, dtype, optimizer, conventions, ScalingMultipliers.NONE);
    }

    /** Settings with the default {@link Conventions}, torchvision's. */
    public AnalysisSettings(Shape input, int classes, int batch, DType dtype, Optimizer optimizer) {
        this(input, classes, batch, dtype, optimizer, Conventions.DEFAULT);
    }

    /** The network's own input and classes, batch 1, float32, SGD, default conventions. */
    public static AnalysisSettings defaultsFor(NetworkSpec spec) {
        return new AnalysisSettings(spec.input(), spec.classes(), 1, DType.FLOAT32, Optimizer.SGD);
    }

    public AnalysisSettings withInput(Shape newInput) {
        return new AnalysisSettings(newInput, classes, batch, dtype, optimizer, conventions, scaling);
    }

    public AnalysisSettings withClasses(int newClasses) {
        return new AnalysisSettings(input, newClasses, batch, dtype, optimizer, conventions, scaling);
    }

    public AnalysisSettings withBatch(int newBatch) {
        return new AnalysisSettings(input, classes, newBatch, dtype, optimizer, conventions, scaling);
    }

    public AnalysisSettings withDtype(DType newDtype) {
        return new AnalysisSettings(input, classes, batch, newDtype, optimizer, conventions, scaling);
    }

    public AnalysisSettings withOptimizer(Optimizer newOptimizer) {
        return new AnalysisSettings(input, classes, batch, dtype, newOptimizer, conventions, scaling);
    }

    public AnalysisSettings withConventions(Conventions newConventions) {
        return new AnalysisSettings(input, classes, batch, dtype, optimizer, newConventions, scaling);
    }

    /** These settings with other multipliers (the caller has already set the input at their resolution). */
    public AnalysisSettings withScaling(ScalingMultipliers newScaling) {
        return new AnalysisSettings(input, classes, batch, dtype, optimizer, conventions, newScaling);
    }
}
