package org.cnnexplorer.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.data.DataDirectories;
import org.cnnexplorer.data.DataException;
import org.cnnexplorer.data.DatasetId;
import org.cnnexplorer.data.Datasets;
import org.cnnexplorer.data.ImageSet;
import org.cnnexplorer.data.Normalization;
import org.cnnexplorer.data.Split;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.inside.ClassEvidence;
import org.cnnexplorer.inside.Evidence;
import org.cnnexplorer.inside.EvidenceMethod;
import org.cnnexplorer.inside.ImageInput;
import org.cnnexplorer.inside.Inspection;
import org.cnnexplorer.inside.InspectionEngine;
import org.cnnexplorer.inside.InspectionRequest;
import org.cnnexplorer.inside.ValueArithmetic;
import org.cnnexplorer.inside.WeightsLabel;
import org.cnnexplorer.io.run.RunFiles;
import org.cnnexplorer.training.DatasetAdaptation;
import org.cnnexplorer.training.NetworkWeights;
import org.cnnexplorer.training.TrainedNetwork;
import org.cnnexplorer.training.TrainingBackend;

/**
 * {@code cnnx inspect MODEL|RUN --image FILE | --dataset D --index N}: one image through every layer,
 * with random initial weights for a model or a saved run's learned ones. Prints each layer's feature-map
 * statistics and forward time, the top-5 classes, or with {@code --explain L --pixel C,Y,X} the
 * arithmetic of one output value. {@code --gradcam} (or {@code --saliency}) adds the heat map of the
 * evidence for the top class, or for {@code --class N}; Grad-CAM weighs the last feature map, or that of
 * {@code --layer L}.
 * {@code --filters} shows a saved run's first-layer filters instead ({@link InspectFilters}).
 */
final class InspectCommand {

    static final String SYNOPSIS = "cnnx inspect MODEL_OR_FILE|RUN.cnnrun (--image FILE | --dataset D --index N)"
            + " [--layer L] [--format text|json] [--explain L --pixel C,Y,X] [--runs N] [--data-dir DIR]"
            + " [--input CxHxW] [--classes N] [--init random|file] [--gradcam | --saliency] [--class N]";

    private static final Set<String> NAMES = Set.of("image", "dataset", "index", "layer", "format", "explain",
            "pixel", "runs", "data-dir", "input", "classes", "init", "class", "gradcam",
            "saliency");
    private static final Set<String> FLAGS = Set.of("gradcam", "saliency");

    private InspectCommand() {
    }

    /** What runs: the analysed network, its weights (null: random), their label and the data set, if any. */
    private record Subject(NetworkReport report, NetworkWeights weights, String weightsLabel, DatasetId dataset) {
    }

    static int run(List<String> words, PrintStream out, PrintStream err) throws CliException {
        if (InspectFilters.asked(words)) {
            return InspectFilters.run(words, out);
        }
        Args args = Args.parse(words, NAMES, FLAGS);
        if (args.positionals().size() != 1 || args.has("image") == args.has("index")
                || args.has("index") && !args.has("dataset") || args.has("explain") != args.has("pixel")
                || args.has("gradcam") && args.has("saliency")
                || args.has("class") && !args.has("gradcam") && !args.has("saliency")) {
            throw new CliException(UsageText.usage(SYNOPSIS));
        }
        String format = args.option("format", "text");
        if (!format.equals("text") && !format.equals("json")) {
            throw new CliException(Messages.text("cli.inspect.format", format));
        }
        Subject subject = subject(args.positionals().get(0), args);
        ImageInput image = image(args, subject);
        InspectionRequest request = request(subject, image, args.intOption("runs", 5, 0));
        Inspection inspection = inspect(request);
        ClassEvidence evidence = evidence(args, request, inspection);
        if (args.has("layer") && inspection.layer(args.option("layer", "")).isEmpty()) {
            throw new CliException(Messages.text("cli.inspect.noLayer", args.option("layer", ""),
                    subject.report().spec().id()));
        }
        if (args.has("explain")) {
            out.print(explain(inspection, args.option("explain", ""), args.option("pixel", "")));
        } else if (format.equals("json")) {
            out.println(InspectJson.write(inspection, image, subject.weightsLabel(), args.option("layer", null),
                    evidence));
        } else {
            out.print(InspectText.write(inspection, image, subject.weightsLabel(), args.option("layer", null)));
            if (evidence != null) {
                out.print(InspectEvidence.text(evidence));
            }
        }
        return 0;
    }

    private static Subject subject(String source, Args args) throws CliException {
        DatasetId asked = args.has("dataset") ? dataset(args.option("dataset", "")) : null;
        if (source.endsWith(RunFiles.EXTENSION)) {
            if (args.has("input") || args.has("classes")) {
                throw new CliException(Messages.text("cli.inspect.savedRun"));
            }
            TrainedNetwork trained;
            try {
                trained = TrainingBackend.discover().trained(Path.of(source));
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage());
            }
            DatasetId dataset = dataset(trained.run().settings().dataset());
            return new Subject(NetworkAnalyzer.analyze(trained.run().spec()), trained.weights(),
                    WeightsLabel.of(trained.run()), asked != null ? asked : dataset);
        }
        NetworkSpec spec = AnalysisOptions.load(source);
        if (asked != null) {
            spec = DatasetAdaptation.adapt(spec, asked);
        }
        NetworkReport report = NetworkAnalyzer.analyze(spec, AnalysisOptions.settings(spec, args));
        if (!report.isValid()) {
            throw new CliException(AnalysisOptions.cannotRun(report));
        }
        if (InitOption.fromFile(args)) {
            return new Subject(report, InitOption.onnxWeights(source, Messages.text("cli.init.runsWith"),
                    Messages.text("cli.init.hasNone", source)),
                    Messages.text("cli.inspect.onnxWeights", Path.of(source).getFileName()), asked);
        }
        return new Subject(report, null, WeightsLabel.untrained(), asked);
    }

    private static DatasetId dataset(String text) throws CliException {
        try {
            return DatasetId.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }

    private static ImageInput image(Args args, Subject subject) throws CliException {
        Shape input = subject.report().settings().input();
        Normalization normalization = subject.dataset() != null ? Normalization.standard(subject.dataset())
                : Normalization.scaleOnly(input.channels());
        try {
            if (args.has("image")) {
                return ImageInput.read(Path.of(args.option("image", "")), input, normalization);
            }
            DataDirectories directories = DataDirectories.standard(
                    args.has("data-dir") ? Path.of(args.option("data-dir", "")) : null);
            ImageSet images = Datasets.load(subject.dataset(), Split.TEST, directories);
            int index = args.intOption("index", 0, 0);
            if (index >= images.count()) {
                throw new CliException(Messages.text("cli.inspect.index", index, images.count(),
                        subject.dataset().displayName(), images.count() - 1));
            }
            return ImageInput.of(images, index, input, normalization);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        } catch (DataException e) {
            throw new CliException(e.getMessage());
        }
    }

    private static InspectionRequest request(Subject subject, ImageInput image, int runs) {
        List<String> names = subject.dataset() != null
                && subject.dataset().classes() == subject.report().output().elements()
                ? subject.dataset().classNames() : List.of();
        return new InspectionRequest(subject.report(), subject.weights(), image.values(), names, runs);
    }

    private static Inspection inspect(InspectionRequest request) throws CliException {
        try {
            return InspectionEngine.discover().inspect(request);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }

    /**
     * The heat map of {@code --gradcam} or {@code --saliency} for {@code --class} (the top class by default);
     * Grad-CAM on the feature map of {@code --layer} when given.
     */
    private static ClassEvidence evidence(Args args, InspectionRequest request, Inspection inspection)
            throws CliException {
        if (!args.has("gradcam") && !args.has("saliency")) {
            return null;
        }
        EvidenceMethod method = args.has("gradcam") ? EvidenceMethod.GRAD_CAM : EvidenceMethod.SALIENCY;
        int classIndex = args.intOption("class", inspection.top().get(0).index(), 0);
        try {
            InspectionEngine engine = InspectionEngine.discover();
            return method == EvidenceMethod.GRAD_CAM && args.has("layer")
                    ? Evidence.gradCam(engine, request, inspection, args.option("layer", ""), classIndex)
                    : Evidence.compute(engine, request, inspection, method, classIndex);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }

    private static String explain(Inspection inspection, String layer, String pixel) throws CliException {
        String[] parts = pixel.split(",");
        if (parts.length != 3) {
            throw new CliException(Messages.text("cli.inspect.pixel", pixel));
        }
        try {
            return ValueArithmetic.explain(inspection, layer, Integer.parseInt(parts[0].trim()),
                    Integer.parseInt(parts[1].trim()), Integer.parseInt(parts[2].trim())).text();
        } catch (NumberFormatException e) {
            throw new CliException(Messages.text("cli.inspect.pixel", pixel));
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }
}
