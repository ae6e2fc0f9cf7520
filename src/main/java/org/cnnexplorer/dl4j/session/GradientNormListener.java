package org.cnnexplorer.dl4j.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.training.TrainingEvent;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Measures each weight layer's gradient norm during the first {@code steps} steps. DL4J calls
 * {@link #onGradientCalculation} after the backward pass and before the updater, when the
 * graph's gradient is still the raw one: the sum over the mini-batch of each example's gradient
 * (the updater divides by the batch size), so the norm here is {@code ||sum g|| / batch}, the norm
 * of the gradient of the mean loss as PyTorch reports it.
 */
final class GradientNormListener extends BaseTrainingListener {

    private static final String WEIGHTS = "_W";

    private final NetworkReport report;
    private final int steps;
    private final int firstIteration;
    private final Consumer<TrainingEvent> sink;
    private int done;

    /**
     * @param firstIteration the number of the run's first step (after a resumed run's steps)
     * @param sink           where each step's {@link TrainingEvent.GradientNorms} goes
     */
    GradientNormListener(NetworkReport report, int steps, int firstIteration, Consumer<TrainingEvent> sink) {
        this.report = report;
        this.steps = steps;
        this.firstIteration = firstIteration;
        this.sink = sink;
    }

    @Override
    public void onGradientCalculation(Model model) {
        if (done >= steps) {
            return;
        }
        sink.accept(new TrainingEvent.GradientNorms(firstIteration + done, norms(model)));
        done++;
    }

    /** The norms of the weight gradients, in the order of the report's layers. */
    List<TrainingEvent.LayerNorm> norms(Model model) {
        Map<String, INDArray> gradients = model.gradient().gradientForVariable();
        double batch = Math.max(1, model.batchSize());
        List<TrainingEvent.LayerNorm> norms = new ArrayList<>();
        for (LayerReport layer : report.layers()) {
            INDArray gradient = gradients.get(layer.name() + WEIGHTS);
            if (gradient != null) {
                norms.add(new TrainingEvent.LayerNorm(layer.name(), gradient.norm2Number().doubleValue() / batch));
            }
        }
        return norms;
    }
}
