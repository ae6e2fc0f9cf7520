package org.cnnexplorer.inside;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cnnexplorer.core.Activation;
import org.cnnexplorer.core.ActivationSpec;
import org.cnnexplorer.core.Conv2dSpec;
import org.cnnexplorer.core.InputSpec;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.i18n.Messages;

/**
 * Class-evidence heat maps of an inspected image: which layer holds the class scores (the pre-softmax
 * logits), which feature map Grad-CAM uses, and the map itself from the gradient an
 * {@link InspectionEngine} back-propagates.
 */
public final class Evidence {

    private Evidence() {
    }

    /** The layer whose outputs are the class scores: the last layer, or the input of a closing softmax. */
    public static String scoreLayer(NetworkReport report) {
        LayerReport last = report.layers().get(report.layers().size() - 1);
        boolean softmax = last.spec() instanceof ActivationSpec a && a.function() == Activation.SOFTMAX;
        return softmax && last.inputs().size() == 1 ? last.inputs().get(0) : last.name();
    }

    /**
     * The feature maps Grad-CAM can weigh, in the network's order: the layers other than the input whose
     * output is a {@code C x H x W} map larger than 1x1, that come after a convolution (a convolution or a
     * layer reading one, directly or not) and that the class scores depend on, so a gradient reaches them.
     */
    public static List<String> camLayers(NetworkReport report) {
        Set<String> reached = new HashSet<>(Set.of(scoreLayer(report)));
        List<LayerReport> layers = report.layers();
        for (int i = layers.size() - 1; i >= 0; i--) {
            if (reached.contains(layers.get(i).name())) {
                reached.addAll(layers.get(i).inputs());
            }
        }
        Set<String> convolved = new HashSet<>();
        List<String> found = new ArrayList<>();
        for (LayerReport layer : layers) {
            if (layer.spec() instanceof Conv2dSpec || layer.inputs().stream().anyMatch(convolved::contains)) {
                convolved.add(layer.name());
            }
            boolean map = !layer.output().flat() && layer.output().height() * layer.output().width() > 1;
            if (map && convolved.contains(layer.name()) && reached.contains(layer.name())
                    && !(layer.spec() instanceof InputSpec)) {
                found.add(layer.name());
            }
        }
        return List.copyOf(found);
    }

    /**
     * The feature map Grad-CAM weighs unless the user picks another: the last of {@link #camLayers} (later
     * layers only pool, flatten and classify); empty for a network without one.
     */
    public static Optional<String> camLayer(NetworkReport report) {
        List<String> layers = camLayers(report);
        return layers.isEmpty() ? Optional.empty() : Optional.of(layers.get(layers.size() - 1));
    }

    /**
     * {@code layer} when it is one of the {@link #camLayers} of the network, else an
     * {@link IllegalArgumentException} naming it and why: no such layer, or not a feature map Grad-CAM can
     * weigh (with its output shape and the default layer).
     */
    public static String requireCamLayer(NetworkReport report, String layer) {
        LayerReport found = report.layer(layer).orElseThrow(() -> new IllegalArgumentException(
                Messages.text("gradcam.layer.unknown", layer, report.spec().id())));
        if (!camLayers(report).contains(layer)) {
            throw new IllegalArgumentException(Messages.text("gradcam.layer.notMap", layer, report.spec().id(),
                    found.output(), camLayer(report).orElse("-")));
        }
        return layer;
    }

    /** Grad-CAM where the network has a feature map for it, saliency otherwise. */
    public static EvidenceMethod defaultMethod(NetworkReport report) {
        return camLayer(report).isPresent() ? EvidenceMethod.GRAD_CAM : EvidenceMethod.SALIENCY;
    }

    /**
     * The heat map of class {@code classIndex} for the inspected image, computed with {@code method} (Grad-CAM
     * on the default {@link #camLayer}). A network whose output is not a vector of class scores, a class out
     * of range or Grad-CAM on a network without convolutions is an {@link IllegalArgumentException} saying so.
     */
    public static ClassEvidence compute(InspectionEngine engine, InspectionRequest request, Inspection inspection,
                                        EvidenceMethod method, int classIndex) {
        NetworkReport report = inspection.report();
        if (method == EvidenceMethod.SALIENCY) {
            String score = scores(report);
            checkClass(report, score, classIndex);
            String input = report.layers().get(0).name();
            float[] gradient = engine.gradient(new GradientRequest(request, score, classIndex, input));
            return ClassEvidence.saliency(input, gradient, report.settings().input(), classIndex,
                    className(request, classIndex));
        }
        String layer = camLayer(report).orElseThrow(() -> new IllegalArgumentException(
                Messages.text("inside.evidence.noConvolution", report.spec().id())));
        return gradCam(engine, request, inspection, layer, classIndex);
    }

    /**
     * Grad-CAM of class {@code classIndex} on the feature map of {@code layer}, one of the {@link #camLayers};
     * the same errors as {@link #compute}, and those of {@link #requireCamLayer}.
     */
    public static ClassEvidence gradCam(InspectionEngine engine, InspectionRequest request, Inspection inspection,
                                        String layer, int classIndex) {
        NetworkReport report = inspection.report();
        String score = scores(report);
        checkClass(report, score, classIndex);
        requireCamLayer(report, layer);
        float[] gradient = engine.gradient(new GradientRequest(request, score, classIndex, layer));
        return ClassEvidence.gradCam(inspection.require(layer), gradient, report.settings().input(), classIndex,
                className(request, classIndex));
    }

    /** The score layer, checked to be a vector of class scores. */
    private static String scores(NetworkReport report) {
        String score = scoreLayer(report);
        LayerReport scores = report.layer(score).orElseThrow();
        if (!scores.output().flat() && scores.output().height() * scores.output().width() > 1) {
            throw new IllegalArgumentException(Messages.text("inside.evidence.notScores", report.spec().id(),
                    scores.output()));
        }
        return score;
    }

    private static void checkClass(NetworkReport report, String score, int classIndex) {
        int classes = report.layer(score).orElseThrow().output().channels();
        if (classIndex < 0 || classIndex >= classes) {
            throw new IllegalArgumentException(Messages.text("inside.evidence.classRange", classIndex, classes - 1));
        }
    }

    private static String className(InspectionRequest request, int classIndex) {
        List<String> names = request.classNames();
        return classIndex < names.size() ? names.get(classIndex) : Messages.text("calc.evidence.class", classIndex);
    }
}
