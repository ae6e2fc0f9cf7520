package org.cnnexplorer.cli;

import java.util.Locale;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.report.DisplayWidth;
import org.cnnexplorer.training.FilterSnapshot;
import org.cnnexplorer.training.FirstLayerFilters;

/** The text of {@code cnnx inspect RUN --filters}: a line per epoch, then the weights of one epoch. */
final class FilterText {

    private static final String ROW = "%6s %10s %10s %10s %14s%n";
    private static final int[] WIDTHS = {6, 10, 10, 10, 14};
    private static final String[] RGB = {"R", "G", "B"};

    private FilterText() {
    }

    /** The headings as {@link #ROW} places them, right-aligned in terminal columns (Hangul takes two). */
    private static String header(String... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            line.append(i > 0 ? " " : "").append(DisplayWidth.padLeft(cells[i], WIDTHS[i]));
        }
        return line.append(System.lineSeparator()).toString();
    }

    /** Epoch, smallest and largest weight, mean |w| and mean |w - w_first| over the whole tensor. */
    static String epochs(FirstLayerFilters filters) {
        StringBuilder text = new StringBuilder(header(Messages.text("cli.filters.epoch"),
                Messages.text("cli.inspect.min"), Messages.text("cli.inspect.max"), Messages.text("cli.filters.mean"),
                Messages.text("cli.filters.change")));
        float[] first = filters.snapshots().get(0).weights();
        for (FilterSnapshot snapshot : filters.snapshots()) {
            float[] w = snapshot.weights();
            float min = Float.POSITIVE_INFINITY;
            float max = Float.NEGATIVE_INFINITY;
            double magnitude = 0;
            double change = 0;
            for (int i = 0; i < w.length; i++) {
                min = Math.min(min, w[i]);
                max = Math.max(max, w[i]);
                magnitude += Math.abs(w[i]);
                change += Math.abs(w[i] - first[i]);
            }
            text.append(String.format(Locale.ROOT, ROW, snapshot.epoch(), InspectFilters.number(min),
                    InspectFilters.number(max), InspectFilters.number(magnitude / w.length),
                    InspectFilters.number(change / w.length)));
        }
        return text.toString();
    }

    /** Every filter's weights, input channel by input channel, rows of the kernel as lines. */
    static String weights(String layer, FirstLayerFilters.Geometry g, FilterSnapshot snapshot) {
        StringBuilder text = new StringBuilder(Messages.text("cli.filters.weightsOf", layer, snapshot.epoch()))
                .append(System.lineSeparator());
        for (int f = 0; f < g.filters(); f++) {
            for (int c = 0; c < g.channels(); c++) {
                String channel = g.channels() == 3 ? c + " (" + RGB[c] + ")" : String.valueOf(c);
                text.append(Messages.text("cli.filters.filterChannel", f, channel)).append(System.lineSeparator());
                for (int y = 0; y < g.height(); y++) {
                    StringBuilder row = new StringBuilder(" ");
                    for (int x = 0; x < g.width(); x++) {
                        row.append(String.format(Locale.ROOT, " %8.4f", snapshot.weight(g, f, c, y, x)));
                    }
                    text.append(row).append(System.lineSeparator());
                }
            }
        }
        return text.toString();
    }
}
