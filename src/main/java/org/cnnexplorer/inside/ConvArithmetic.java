package org.cnnexplorer.inside;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cnnexplorer.core.Conv2dSpec;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.core.Size2d;
import org.cnnexplorer.core.SpecException;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.inside.ValueArithmetic.Activated;
import org.cnnexplorer.training.NetworkWeights;

/**
 * One convolution output {@code out[c, y, x] = b[c] + sum_i sum_ky sum_kx in[i, y s - p + ky d,
 * x s - p + kx d] * w[c, i, ky, kx]} over the input channels {@code i} of filter {@code c}'s group,
 * with padding cells zero. {@code partialSums[k]} is the sum of products of {@code windows[k]} and
 * {@code kernels[k]}.
 */
public record ConvArithmetic(String layer, int channel, int y, int x, List<Window> windows, List<float[]> kernels,
                             double[] partialSums, double bias, double result, double shown,
                             Optional<Activated> activated) implements ValueArithmetic {

    private static final int CHANNELS_IN_FULL = 3;

    public ConvArithmetic {
        windows = List.copyOf(windows);
        kernels = List.copyOf(kernels);
    }

    static ConvArithmetic of(LayerReport report, Conv2dSpec conv, NetworkWeights weights, LayerActivation input,
                             LayerActivation output, int c, int y, int x, Optional<Activated> activated) {
        Shape in = input.shape();
        Size2d kernel = conv.kernel();
        Size2d pad = conv.effectivePadding(in);
        int perGroup = in.channels() / conv.groups();
        int firstChannel = c / (conv.filters() / conv.groups()) * perGroup;
        float[] w = weights.tensor(report.name(), "weight").orElseThrow(() -> new SpecException(
                "calc.noWeights", report.name()));
        double bias = conv.bias() ? weights.tensor(report.name(), "bias").map(b -> (double) b[c]).orElse(0.0) : 0;
        int cells = kernel.height() * kernel.width();
        List<Window> windows = new ArrayList<>();
        List<float[]> kernels = new ArrayList<>();
        double[] partial = new double[perGroup];
        double total = bias;
        for (int i = 0; i < perGroup; i++) {
            Window window = Window.read(input.values(), in, firstChannel + i,
                    y * conv.stride().height() - pad.height(), x * conv.stride().width() - pad.width(),
                    kernel.height(), kernel.width(), conv.dilation().height(), conv.dilation().width());
            float[] k = new float[cells];
            System.arraycopy(w, (c * perGroup + i) * cells, k, 0, cells);
            for (int cell = 0; cell < cells; cell++) {
                partial[i] += (double) window.values()[cell] * k[cell];
            }
            total += partial[i];
            windows.add(window);
            kernels.add(k);
        }
        return new ConvArithmetic(report.name(), c, y, x, windows, kernels, partial, bias, total,
                output.value(c, y, x), activated);
    }

    @Override
    public String text() {
        StringBuilder text = new StringBuilder();
        text.append(ValueArithmetic.line("calc.conv.head", layer, channel, y, x, windows.size()));
        for (int k = 0; k < Math.min(CHANNELS_IN_FULL, windows.size()); k++) {
            text.append(channelText(k));
        }
        if (windows.size() > CHANNELS_IN_FULL) {
            double rest = 0;
            for (int k = CHANNELS_IN_FULL; k < windows.size(); k++) {
                rest += partialSums[k];
            }
            text.append(ValueArithmetic.line("calc.conv.rest", windows.get(CHANNELS_IN_FULL).channel(),
                    windows.get(windows.size() - 1).channel(), ValueArithmetic.number(rest)));
        }
        text.append(ValueArithmetic.line("calc.conv.total", ValueArithmetic.number(result - bias),
                ValueArithmetic.number(bias)));
        return text + ValueArithmetic.ending(result, shown, activated);
    }

    private String channelText(int k) {
        Window window = windows.get(k);
        float[] kernel = kernels.get(k);
        StringBuilder text = new StringBuilder(ValueArithmetic.line("calc.conv.channel", window.channel(),
                window.placeText()));
        String column = "%-" + 9 * window.width() + "s";
        text.append("  ").append(String.format(column, Messages.text("calc.conv.window"))).append("   ")
                .append(String.format(column, Messages.text("calc.conv.kernel"))).append("   ")
                .append(ValueArithmetic.line("calc.conv.products"));
        for (int ky = 0; ky < window.height(); ky++) {
            StringBuilder inputs = new StringBuilder();
            StringBuilder weights = new StringBuilder();
            StringBuilder products = new StringBuilder();
            for (int kx = 0; kx < window.width(); kx++) {
                float w = kernel[ky * window.width() + kx];
                inputs.append(window.isPadding(ky, kx) ? String.format("%9s", "p") : cell(window.value(ky, kx)));
                weights.append(cell(w));
                products.append(cell(window.value(ky, kx) * w));
            }
            text.append("  ").append(inputs).append("   ").append(weights).append("   ").append(products)
                    .append(System.lineSeparator());
        }
        return text.append("  ")
                .append(ValueArithmetic.line("calc.conv.channelSum", ValueArithmetic.number(partialSums[k])))
                .toString();
    }

    private static String cell(double value) {
        return String.format("%9.4f", value);
    }
}
