package org.cnnexplorer.ui.training;

import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.DType;
import org.cnnexplorer.core.MinimumInput;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.data.DatasetId;
import org.cnnexplorer.io.Numbers;
import org.cnnexplorer.training.DatasetAdaptation;
import org.cnnexplorer.training.ImageResize;

/**
 * Whether the explored network can take a data set's images: training adapts the input and the
 * classes to the data set (its images resized first when the form asks for it), so the network is
 * analysed at that input before anything starts, and a network that cannot run there (AlexNet on
 * 28x28 images) is named with the core's problem and the size it runs from.
 */
public final class DatasetFit {

    private DatasetFit() {
    }

    /** A one-line note for the training form: what changes, or why it cannot work. */
    public static String describe(NetworkSpec spec, DatasetId dataset) {
        return describe(spec, dataset, ImageResize.NONE, 0, Optimizer.ADAM);
    }

    /**
     * The note for images resized as {@code resize}: what the network is trained as, with the
     * training-memory estimate for {@code batch} (none when 0), or why it cannot be trained and
     * from which size it runs.
     */
    public static String describe(NetworkSpec spec, DatasetId dataset, ImageResize resize, int batch,
                                  Optimizer optimizer) {
        Shape images = DatasetAdaptation.imageShape(dataset);
        java.util.Optional<String> analysisOnly = DatasetAdaptation.analysisOnly(spec);
        if (analysisOnly.isPresent()) {
            return "Cannot train: " + analysisOnly.get();
        }
        NetworkSpec adapted = DatasetAdaptation.adapt(spec, dataset, resize);
        NetworkReport report = NetworkAnalyzer.analyze(adapted, new AnalysisSettings(adapted.input(),
                adapted.classes(), Math.max(batch, 1), DType.FLOAT32, optimizer));
        boolean resized = !adapted.input().equals(images);
        if (!report.isValid()) {
            String runsFrom = MinimumInput.phrase(report);
            return "Cannot train on " + dataset + (resized ? " resized to " + adapted.input() : " (" + images
                    + " images)") + ": " + report.problems().get(0)
                    + (runsFrom.isEmpty() ? "" : "; it " + runsFrom + ": choose it in Resize images to");
        }
        String memory = batch < 1 ? "" : " Training needs about " + Numbers.bytes(report.totals().trainingBytes())
                + " at batch " + batch + ".";
        if (spec.input().equals(adapted.input()) && spec.classes() == dataset.classes()) {
            return resized ? "Trained on " + dataset + " resized to " + adapted.input() + "." + memory : "";
        }
        return "Trained on " + dataset + (resized ? " resized to " + adapted.input() + " (bilinear)" : " as "
                + images + " input") + ", " + dataset.classes() + " classes (the network is set up for "
                + spec.input() + ", " + spec.classes() + " classes)." + memory;
    }

    /** The resize row's text for {@code mode}: {@code network minimum 63x63}, {@code paper 227x227}. */
    public static String resizeLabel(NetworkSpec spec, DatasetId dataset, ImageResize.Mode mode) {
        return switch (mode) {
            case NONE -> "none (" + dataset.height() + "x" + dataset.width() + ")";
            case MINIMUM -> "network minimum" + DatasetAdaptation.minimum(spec, dataset)
                    .map(size -> " " + size.height() + "x" + size.width()).orElse(": none runs");
            case DECLARED -> "paper " + spec.input().height() + "x" + spec.input().width();
            case SIZE -> "custom HxW";
        };
    }

    /** True when {@link #describe} reports a network that cannot run on the data set. */
    public static boolean blocks(String description) {
        return description.startsWith("Cannot train");
    }
}
