package org.cnnexplorer.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cnnexplorer.inside.ClassEvidence;
import org.cnnexplorer.inside.ClassScore;
import org.cnnexplorer.inside.ImageInput;
import org.cnnexplorer.inside.Inspection;
import org.cnnexplorer.inside.LayerActivation;

/**
 * The JSON of {@code cnnx inspect}: {@code network}, {@code weights}, {@code image}, {@code layers} (name,
 * shape, min, max, mean, zeroFraction, millis and gflops, null when not timed), {@code forwardMillis}
 * and {@code top} (index, name, probability); with {@code --gradcam} or {@code --saliency} also
 * {@code evidence} ({@link InspectEvidence}).
 */
final class InspectJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private InspectJson() {
    }

    static String write(Inspection inspection, ImageInput image, String weights, String onlyLayer) {
        return write(inspection, image, weights, onlyLayer, null);
    }

    /** As above, with the class evidence ({@code null} for none) as {@code evidence}. */
    static String write(Inspection inspection, ImageInput image, String weights, String onlyLayer,
                        ClassEvidence evidence) {
        ObjectNode root = NODES.objectNode();
        root.put("network", inspection.report().spec().id());
        root.put("weights", weights);
        root.put("image", image.description());
        ArrayNode layers = root.putArray("layers");
        for (LayerActivation layer : inspection.layers()) {
            if (onlyLayer == null || onlyLayer.equals(layer.name())) {
                ObjectNode node = layers.addObject();
                node.put("name", layer.name());
                node.put("shape", layer.shape().toString());
                node.put("min", layer.stats().min());
                node.put("max", layer.stats().max());
                node.put("mean", layer.stats().mean());
                node.put("zeroFraction", layer.stats().zeroFraction());
                putTime(node, "millis", layer.millis());
                putTime(node, "gflops", layer.gflops());
            }
        }
        putTime(root, "forwardMillis", inspection.forwardMillis());
        ArrayNode top = root.putArray("top");
        for (ClassScore score : inspection.top()) {
            top.addObject().put("index", score.index()).put("name", score.name())
                    .put("probability", score.probability());
        }
        if (evidence != null) {
            InspectEvidence.json(root, evidence);
        }
        return root.toPrettyString();
    }

    private static void putTime(ObjectNode node, String field, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
