package org.cnnexplorer.ui.training;

import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.data.DatasetId;
import org.cnnexplorer.training.DatasetAdaptation;

/**
 * Whether the explored network can take a data set's images: training adapts the input and the
 * classes to the data set, so the network is analysed at that input before anything starts, and
 * a network that cannot run there (AlexNet on 28x28 images) is named with the core's problem.
 */
public final class DatasetFit {

    private DatasetFit() {
    }

    /** A one-line note for the training form: what changes, or why it cannot work. */
    public static String describe(NetworkSpec spec, DatasetId dataset) {
        Shape images = DatasetAdaptation.imageShape(dataset);
        NetworkReport report = NetworkAnalyzer.analyze(DatasetAdaptation.adapt(spec, dataset));
        if (!report.isValid()) {
            return "Cannot train on " + dataset + " (" + images + " images): " + report.problems().get(0);
        }
        if (spec.input().equals(images) && spec.classes() == dataset.classes()) {
            return "";
        }
        return "Trained on " + dataset + " as " + images + " input, " + dataset.classes() + " classes (the network"
                + " is set up for " + spec.input() + ", " + spec.classes() + " classes).";
    }

    /** True when {@link #describe} reports a network that cannot run on the data set. */
    public static boolean blocks(String description) {
        return description.startsWith("Cannot train");
    }
}
