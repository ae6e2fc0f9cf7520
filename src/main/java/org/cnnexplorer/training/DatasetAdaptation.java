package org.cnnexplorer.training;

import java.util.Optional;
import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.Message;
import org.cnnexplorer.core.MinimumInput;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.core.Size2d;
import org.cnnexplorer.data.DatasetId;
import org.cnnexplorer.i18n.Messages;

/**
 * How a network is trained on a data set: with the data set's image shape as input (its images
 * resized first when the settings ask for it) and its class count as output; the layers stay as
 * declared. The GUI checks a network this way before it offers training, and the backend builds
 * exactly this network.
 */
public final class DatasetAdaptation {

    private DatasetAdaptation() {
    }

    /** The image shape of {@code dataset}, channels x height x width. */
    public static Shape imageShape(DatasetId dataset) {
        return Shape.of(dataset.channels(), dataset.height(), dataset.width());
    }

    /** {@code spec} with the data set's input shape and class count. */
    public static NetworkSpec adapt(NetworkSpec spec, DatasetId dataset) {
        return spec.withInput(imageShape(dataset)).withClasses(dataset.classes());
    }

    /** {@code spec} with the data set's classes and its images' shape after {@code resize}. */
    public static NetworkSpec adapt(NetworkSpec spec, DatasetId dataset, ImageResize resize) {
        return spec.withInput(inputShape(spec, dataset, resize)).withClasses(dataset.classes());
    }

    /**
     * The shape the network gets: the data set's channels at the size {@code resize} chooses (the
     * smallest size {@code spec} runs at, the size it declares, or the one given), or the data
     * set's own size for {@link ImageResize#NONE} and for a network that runs at no size.
     */
    public static Shape inputShape(NetworkSpec spec, DatasetId dataset, ImageResize resize) {
        int channels = dataset.channels();
        return switch (resize.mode()) {
            case NONE -> imageShape(dataset);
            case SIZE -> Shape.of(channels, resize.height(), resize.width());
            case DECLARED -> Shape.of(channels, spec.input().height(), spec.input().width());
            case MINIMUM -> minimum(spec, dataset).map(s -> Shape.of(channels, s.height(), s.width()))
                    .orElse(imageShape(dataset));
        };
    }

    /** The smallest square size at which {@code spec}, adapted to the data set, runs; empty when none. */
    public static Optional<Size2d> minimum(NetworkSpec spec, DatasetId dataset) {
        NetworkSpec adapted = adapt(spec, dataset);
        return MinimumInput.find(adapted, AnalysisSettings.defaultsFor(adapted));
    }

    /**
     * Why a network that is not a classifier cannot be trained, or empty for a classifier. Training
     * fits one score per class, so the network, analysed as declared, must end in a vector of its
     * {@code classes} values; a segmentation network's score map (FCN-8s: 21x500x500), a detection
     * head (YOLO v1: 1,470 values for 20 classes) or a network that cannot run as declared is named:
     * {@code fcn8s is analysis only: it outputs 21x500x500 per image (a score map), not one score for
     * each of its 21 classes; training covers classifiers. The analysis is exact.}
     */
    public static Optional<String> analysisOnly(NetworkSpec spec) {
        NetworkReport report = NetworkAnalyzer.analyze(spec);
        if (!report.isValid()) {
            return Optional.empty();
        }
        Shape output = report.output();
        boolean scores = output.flat() || output.height() == 1 && output.width() == 1;
        if (scores && output.channels() == spec.classes()) {
            return Optional.empty();
        }
        Message what = output.flat() ? Message.of("run.analysisOnly.values", output.channels())
                : Message.of("run.analysisOnly.map", output);
        return Optional.of(Messages.text("run.analysisOnly", spec.id(), what, spec.classes()));
    }

    /**
     * Why the analysed network cannot be trained, for users: the problem, and the resize that
     * would make it run ({@code alexnet cannot be trained on MNIST (1x28x28 images): pool2: ...;
     * it runs from 63x63: use --resize 63x63 (Train tab: Resize images to)}); images of another
     * size than the data set's are named as resized ({@code ... on MNIST resized to 1x40x40: ...}).
     */
    public static String cannotTrain(NetworkReport report, DatasetId dataset) {
        Shape input = report.spec().input();
        Message images = input.equals(imageShape(dataset)) ? Message.of("run.cannotTrain.images", input)
                : Message.of("run.cannotTrain.resized", input);
        String problem = Messages.text("run.cannotTrain", report.spec().id(), dataset.displayName(), images,
                report.problems().get(0));
        return problem + MinimumInput.forProblem(report).map(size -> Messages.text("run.cannotTrain.runsFrom",
                size.height() + "x" + size.width())).orElse("");
    }
}
