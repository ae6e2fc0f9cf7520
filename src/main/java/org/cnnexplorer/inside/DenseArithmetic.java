package org.cnnexplorer.inside;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.SpecException;
import org.cnnexplorer.inside.ValueArithmetic.Activated;
import org.cnnexplorer.training.NetworkWeights;

/**
 * One dense output {@code out[j] = b[j] + sum_i w[j, i] x[i]}: the {@code top} contributions
 * {@code w[j, i] x[i]} of largest magnitude, the sum of the rest, and the bias.
 */
public record DenseArithmetic(String layer, int unit, List<Contribution> top, double rest, int inputs, double bias,
                              double result, double shown, Optional<Activated> activated) implements ValueArithmetic {

    private static final int SHOWN = 10;

    public DenseArithmetic {
        top = List.copyOf(top);
    }

    /** Input {@code index} (its value) times its weight. */
    public record Contribution(int index, float input, float weight) {

        public double product() {
            return (double) input * weight;
        }
    }

    static DenseArithmetic of(LayerReport report, NetworkWeights weights, LayerActivation input,
                              LayerActivation output, int unit, Optional<Activated> activated) {
        float[] x = input.values();
        float[] w = weights.tensor(report.name(), "weight").orElseThrow(() -> new SpecException(
                "calc.noWeights", report.name()));
        double bias = weights.tensor(report.name(), "bias").map(b -> (double) b[unit]).orElse(0.0);
        List<Contribution> all = new ArrayList<>();
        double sum = bias;
        for (int i = 0; i < x.length; i++) {
            Contribution contribution = new Contribution(i, x[i], w[unit * x.length + i]);
            all.add(contribution);
            sum += contribution.product();
        }
        all.sort(Comparator.comparingDouble((Contribution k) -> -Math.abs(k.product())));
        List<Contribution> top = all.subList(0, Math.min(SHOWN, all.size()));
        double rest = all.subList(top.size(), all.size()).stream().mapToDouble(Contribution::product).sum();
        return new DenseArithmetic(report.name(), unit, top, rest, x.length, bias, sum, output.value(unit, 0, 0),
                activated);
    }

    @Override
    public String text() {
        StringBuilder text = new StringBuilder(ValueArithmetic.line("calc.dense.head", layer, unit, inputs,
                top.size()));
        for (Contribution c : top) {
            text.append("  ").append(ValueArithmetic.line("calc.dense.input", String.format("%6d", c.index()),
                    String.format("%10.4f * %10.4f = %10.4f", c.input(), c.weight(), c.product())));
        }
        text.append(ValueArithmetic.line("calc.dense.rest", inputs - top.size(), ValueArithmetic.number(rest),
                ValueArithmetic.number(bias)));
        return text + ValueArithmetic.ending(result, shown, activated);
    }
}
