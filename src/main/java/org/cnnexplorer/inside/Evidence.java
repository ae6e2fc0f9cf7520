package org.cnnexplorer.inside;

import java.util.List;
import java.util.Optional;
import org.cnnexplorer.core.Activation;
import org.cnnexplorer.core.ActivationSpec;
import org.cnnexplorer.core.Conv2dSpec;
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
     * The feature map Grad-CAM weighs: the last layer whose output is larger than 1x1 and comes after a
     * convolution (later layers only pool, flatten and classify); empty for a network without one.
     */
    public static Optional<String> camLayer(NetworkReport report) {
        String found = null;
        boolean convolved = false;
        for (LayerReport layer : report.layers()) {
            convolved |= layer.spec() instanceof Conv2dSpec;
            boolean map = !layer.output().flat() && layer.output().height() * layer.output().width() > 1;
            if (convolved && map) {
                found = layer.name();
            }
        }
        return Optional.ofNullable(found);
    }

    /** Grad-CAM where the network has a feature map for it, saliency otherwise. */
    public static EvidenceMethod defaultMethod(NetworkReport report) {
        return camLayer(report).isPresent() ? EvidenceMethod.GRAD_CAM : EvidenceMethod.SALIENCY;
    }

    /**
     * The heat map of class {@code classIndex} for the inspected image, computed with {@code method}. A
     * network whose output is not a vector of class scores, a class out of range or Grad-CAM on a network
     * without convolutions is an {@link IllegalArgumentException} saying so.
     */
    public static ClassEvidence compute(InspectionEngine engine, InspectionRequest request, Inspection inspection,
                                        EvidenceMethod method, int classIndex) {
        NetworkReport report = inspection.report();
        String score = scoreLayer(report);
        LayerReport scores = report.layer(score).orElseThrow();
        if (!scores.output().flat() && scores.output().height() * scores.output().width() > 1) {
            throw new IllegalArgumentException(Messages.text("inside.evidence.notScores", report.spec().id(),
                    scores.output()));
        }
        int classes = scores.output().channels();
        if (classIndex < 0 || classIndex >= classes) {
            throw new IllegalArgumentException(Messages.text("inside.evidence.classRange", classIndex, classes - 1));
        }
        List<String> names = request.classNames();
        String name = classIndex < names.size() ? names.get(classIndex)
                : Messages.text("calc.evidence.class", classIndex);
        if (method == EvidenceMethod.SALIENCY) {
            String input = report.layers().get(0).name();
            float[] gradient = engine.gradient(new GradientRequest(request, score, classIndex, input));
            return ClassEvidence.saliency(input, gradient, report.settings().input(), classIndex, name);
        }
        String layer = camLayer(report).orElseThrow(() -> new IllegalArgumentException(
                Messages.text("inside.evidence.noConvolution", report.spec().id())));
        float[] gradient = engine.gradient(new GradientRequest(request, score, classIndex, layer));
        return ClassEvidence.gradCam(inspection.require(layer), gradient, report.settings().input(), classIndex,
                name);
    }
}
