package org.cnnexplorer.cli;

import java.util.Locale;
import org.cnnexplorer.inside.ClassScore;
import org.cnnexplorer.inside.ImageInput;
import org.cnnexplorer.inside.Inspection;
import org.cnnexplorer.inside.LayerActivation;

/** The text of {@code cnnx inspect}: a table of layers, the pass time and the top-5 classes. */
final class InspectText {

    private static final String ROW = "%-28s %-10s %10s %10s %10s %7s %9s %9s%n";

    private InspectText() {
    }

    static String write(Inspection inspection, ImageInput image, String weights, String onlyLayer) {
        StringBuilder text = new StringBuilder();
        text.append(inspection.report().spec().id()).append(": ").append(weights).append(System.lineSeparator());
        text.append("image: ").append(image.description()).append(System.lineSeparator());
        text.append(String.format(Locale.ROOT, ROW, "layer", "output", "min", "max", "mean", "zeros", "time ms",
                "GFLOP/s"));
        for (LayerActivation layer : inspection.layers()) {
            if (onlyLayer == null || onlyLayer.equals(layer.name())) {
                text.append(String.format(Locale.ROOT, ROW, layer.name(), layer.shape(),
                        number(layer.stats().min()), number(layer.stats().max()), number(layer.stats().mean()),
                        String.format(Locale.ROOT, "%.1f%%", 100 * layer.stats().zeroFraction()),
                        Double.isNaN(layer.millis()) ? "-" : String.format(Locale.ROOT, "%.3f", layer.millis()),
                        Double.isNaN(layer.gflops()) || layer.flops() == 0 ? "-"
                                : String.format(Locale.ROOT, "%.2f", layer.gflops())));
            }
        }
        if (!Double.isNaN(inspection.forwardMillis())) {
            text.append(String.format(Locale.ROOT, "forward pass: %.3f ms (median after a warm-up)%n",
                    inspection.forwardMillis()));
        }
        text.append("top-5:");
        for (ClassScore score : inspection.top()) {
            text.append(String.format(Locale.ROOT, "  %s %.4f", score.name(), score.probability()));
        }
        return text.append(System.lineSeparator()).toString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }
}
