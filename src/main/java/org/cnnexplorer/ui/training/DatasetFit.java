package org.cnnexplorer.ui.training;

import static org.cnnexplorer.i18n.Messages.text;

import java.util.Optional;
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
    public static FitNote describe(NetworkSpec spec, DatasetId dataset) {
        return describe(spec, dataset, ImageResize.NONE, 0, Optimizer.ADAM);
    }

    /**
     * The note for images resized as {@code resize}: what the network is trained as, with the
     * training-memory estimate for {@code batch} (none when 0), or why it cannot be trained and
     * from which size it runs.
     */
    public static FitNote describe(NetworkSpec spec, DatasetId dataset, ImageResize resize, int batch,
                                   Optimizer optimizer) {
        Shape images = DatasetAdaptation.imageShape(dataset);
        Optional<String> analysisOnly = DatasetAdaptation.analysisOnly(spec);
        if (analysisOnly.isPresent()) {
            return new FitNote(FitNote.Verdict.BLOCKED, text("trainstatus.fit.analysisOnly", analysisOnly.get()));
        }
        NetworkSpec adapted = DatasetAdaptation.adapt(spec, dataset, resize);
        NetworkReport report = NetworkAnalyzer.analyze(adapted, new AnalysisSettings(adapted.input(),
                adapted.classes(), Math.max(batch, 1), DType.FLOAT32, optimizer));
        boolean resized = !adapted.input().equals(images);
        if (!report.isValid()) {
            return new FitNote(FitNote.Verdict.BLOCKED, refusal(dataset, images, adapted, resized, report));
        }
        String memory = batch < 1 ? "" : " " + text("trainstatus.fit.memory",
                Numbers.bytes(report.totals().trainingBytes()), batch);
        if (spec.input().equals(adapted.input()) && spec.classes() == dataset.classes()) {
            return resized ? new FitNote(FitNote.Verdict.ADAPTED,
                    text("trainstatus.fit.resized", dataset, adapted.input()) + memory)
                    : new FitNote(FitNote.Verdict.AS_IS, "");
        }
        String how = resized ? text("trainstatus.fit.adaptedResized", dataset, adapted.input(), dataset.classes())
                : text("trainstatus.fit.adaptedInput", dataset, images, dataset.classes());
        return new FitNote(FitNote.Verdict.ADAPTED,
                how + " " + text("trainstatus.fit.setUpFor", spec.input(), spec.classes()) + memory);
    }

    /** Why the adapted network cannot run, with the core's first problem and the size it runs from. */
    private static String refusal(DatasetId dataset, Shape images, NetworkSpec adapted, boolean resized,
                                  NetworkReport report) {
        String problem = report.problems().get(0).toString();
        String cannot = resized ? text("trainstatus.fit.cannotResized", dataset, adapted.input(), problem)
                : text("trainstatus.fit.cannotImages", dataset, images, problem);
        return cannot + MinimumInput.forProblem(report)
                .map(size -> text("trainstatus.fit.runsFrom", size.height() + "x" + size.width())).orElse("");
    }

    /** The resize row's text for {@code mode}: {@code network minimum 63x63}, {@code paper 227x227}. */
    public static String resizeLabel(NetworkSpec spec, DatasetId dataset, ImageResize.Mode mode) {
        return switch (mode) {
            case NONE -> text("trainstatus.resize.none", dataset.height() + "x" + dataset.width());
            case MINIMUM -> DatasetAdaptation.minimum(spec, dataset)
                    .map(size -> text("trainstatus.resize.minimum", size.height() + "x" + size.width()))
                    .orElse(text("trainstatus.resize.noMinimum"));
            case DECLARED -> text("trainstatus.resize.paper", spec.input().height() + "x" + spec.input().width());
            case SIZE -> text("trainstatus.resize.custom");
        };
    }
}
