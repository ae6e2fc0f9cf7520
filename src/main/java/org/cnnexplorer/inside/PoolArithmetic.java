package org.cnnexplorer.inside;

import java.util.Optional;
import org.cnnexplorer.core.AdaptiveAvgPoolSpec;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.PoolSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.inside.ValueArithmetic.Activated;

/**
 * One pooling output: the window on channel {@code c} and its maximum, or its average
 * {@code sum / divisor}. A max or average pool's window starts at {@code (y s - p, x s - p)}; padding
 * never wins a max, and an average divides by the kernel area (PyTorch's {@code count_include_pad}).
 * An adaptive pool's output {@code i} averages input cells {@code floor(i in / out)} to
 * {@code ceil((i + 1) in / out) - 1}.
 */
public record PoolArithmetic(String layer, int channel, int y, int x, Window window, boolean max, int divisor,
                             double result, double shown, Optional<Activated> activated) implements ValueArithmetic {

    static PoolArithmetic of(LayerReport report, PoolSpec pool, LayerActivation input, LayerActivation output,
                             int c, int y, int x, Optional<Activated> activated) {
        Window window = Window.read(input.values(), input.shape(), c,
                y * pool.stride().height() - pool.padding().height(),
                x * pool.stride().width() - pool.padding().width(),
                pool.kernel().height(), pool.kernel().width(), 1, 1);
        boolean max = pool.kind() == PoolSpec.Kind.MAX;
        return build(report, window, max, pool.kernel().height() * pool.kernel().width(), output, c, y, x, activated);
    }

    static PoolArithmetic adaptive(LayerReport report, AdaptiveAvgPoolSpec pool, LayerActivation input,
                                   LayerActivation output, int c, int y, int x, Optional<Activated> activated) {
        Shape in = input.shape();
        int top = y * in.height() / pool.output().height();
        int bottom = ceilDiv((y + 1) * in.height(), pool.output().height());
        int left = x * in.width() / pool.output().width();
        int right = ceilDiv((x + 1) * in.width(), pool.output().width());
        Window window = Window.read(input.values(), in, c, top, left, bottom - top, right - left, 1, 1);
        return build(report, window, false, window.height() * window.width(), output, c, y, x, activated);
    }

    private static PoolArithmetic build(LayerReport report, Window window, boolean max, int divisor,
                                        LayerActivation output, int c, int y, int x, Optional<Activated> activated) {
        double result = max ? Double.NEGATIVE_INFINITY : 0;
        for (int cell = 0; cell < window.values().length; cell++) {
            if (max && !window.padding()[cell]) {
                result = Math.max(result, window.values()[cell]);
            } else if (!max) {
                result += window.values()[cell];
            }
        }
        if (!max) {
            result /= divisor;
        }
        return new PoolArithmetic(report.name(), c, y, x, window, max, divisor, result, output.value(c, y, x),
                activated);
    }

    private static int ceilDiv(int a, int b) {
        return -Math.floorDiv(-a, b);
    }

    @Override
    public String text() {
        StringBuilder text = new StringBuilder(ValueArithmetic.line(max ? "calc.pool.max" : "calc.pool.average", layer,
                channel, y, x, window.placeText()));
        for (int ky = 0; ky < window.height(); ky++) {
            text.append(" ");
            for (int kx = 0; kx < window.width(); kx++) {
                text.append(window.isPadding(ky, kx) ? String.format("%9s", "p")
                        : String.format("%9.4f", window.value(ky, kx)));
            }
            text.append(System.lineSeparator());
        }
        if (!max) {
            text.append(ValueArithmetic.line("calc.pool.sum", ValueArithmetic.number(result * divisor), divisor));
        }
        return text + ValueArithmetic.ending(result, shown, activated);
    }
}
