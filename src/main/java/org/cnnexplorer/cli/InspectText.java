package org.cnnexplorer.cli;

import java.util.Locale;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.inside.ClassScore;
import org.cnnexplorer.inside.ImageInput;
import org.cnnexplorer.inside.Inspection;
import org.cnnexplorer.inside.LayerActivation;
import org.cnnexplorer.io.report.DisplayWidth;

/** The text of {@code cnnx inspect}: a table of layers, the pass time and the top-5 classes. */
final class InspectText {

    /** Column widths in terminal columns; the first two align left, the figures right. */
    private static final int[] WIDTHS = {28, 10, 10, 10, 10, 7, 9, 9};

    private InspectText() {
    }

    static String write(Inspection inspection, ImageInput image, String weights, String onlyLayer) {
        StringBuilder text = new StringBuilder();
        text.append(inspection.report().spec().id()).append(": ").append(weights).append(System.lineSeparator());
        text.append(Messages.text("cli.inspect.image", image.description())).append(System.lineSeparator());
        text.append(row(Messages.text("cli.inspect.layer"), Messages.text("cli.lesson.output"),
                Messages.text("cli.inspect.min"), Messages.text("cli.inspect.max"), Messages.text("cli.inspect.mean"),
                Messages.text("cli.inspect.zeros"), Messages.text("cli.inspect.time"), "GFLOP/s"));
        for (LayerActivation layer : inspection.layers()) {
            if (onlyLayer == null || onlyLayer.equals(layer.name())) {
                text.append(row(layer.name(), layer.shape().toString(),
                        number(layer.stats().min()), number(layer.stats().max()), number(layer.stats().mean()),
                        String.format(Locale.ROOT, "%.1f%%", 100 * layer.stats().zeroFraction()),
                        Double.isNaN(layer.millis()) ? "-" : String.format(Locale.ROOT, "%.3f", layer.millis()),
                        Double.isNaN(layer.gflops()) || layer.flops() == 0 ? "-"
                                : String.format(Locale.ROOT, "%.2f", layer.gflops())));
            }
        }
        if (!Double.isNaN(inspection.forwardMillis())) {
            text.append(Messages.text("cli.inspect.forward", String.format(Locale.ROOT, "%.3f",
                    inspection.forwardMillis()))).append(System.lineSeparator());
        }
        text.append(Messages.text("cli.inspect.top5"));
        for (ClassScore score : inspection.top()) {
            text.append(String.format(Locale.ROOT, "  %s %.4f", score.name(), score.probability()));
        }
        return text.append(System.lineSeparator()).toString();
    }

    /** One line of the table, padded in terminal columns so that Korean headings keep it aligned. */
    private static String row(String... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            line.append(i > 0 ? " " : "").append(i < 2 ? DisplayWidth.padRight(cells[i], WIDTHS[i])
                    : DisplayWidth.padLeft(cells[i], WIDTHS[i]));
        }
        return line.append(System.lineSeparator()).toString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }
}
