package org.cnnexplorer.dl4j.session;

import java.util.Optional;
import java.util.concurrent.locks.Lock;
import org.cnnexplorer.dl4j.graph.Dl4jWeights;
import org.cnnexplorer.training.FilterSnapshot;
import org.cnnexplorer.training.FirstLayerFilters;
import org.deeplearning4j.nn.graph.ComputationGraph;

/**
 * Keeps a run's first-layer filters: the first convolution's weights when training starts (epoch 0 of
 * a new run; the saved epoch of a resumed one) and after every evaluated epoch, read under the model
 * lock so that no snapshot sees half-updated weights. A resumed run continues the snapshots its
 * checkpoint holds, when they are of the same layer and geometry.
 */
final class FilterRecorder {

    private final Lock modelLock;
    private volatile FirstLayerFilters saved;
    private volatile FirstLayerFilters filters;
    private volatile ComputationGraph graph;

    FilterRecorder(Lock modelLock) {
        this.modelLock = modelLock;
    }

    /** The snapshots of the checkpoint a resumed run continues. */
    void continueFrom(FirstLayerFilters previous) {
        saved = previous;
    }

    /** Finds the first convolution of the run's network and records its weights before the first step. */
    void start(PreparedRun run) {
        FirstLayerFilters empty = FirstLayerFilters.of(run.report()).orElse(null);
        if (empty == null) {
            return;
        }
        FirstLayerFilters previous = saved;
        boolean continues = previous != null && previous.layer().equals(empty.layer())
                && previous.geometry().equals(empty.geometry());
        filters = continues ? previous : empty;
        graph = run.graph();
        record(run.firstEpoch() - 1);
    }

    /** Records the weights as they are after {@code epoch}. */
    void record(int epoch) {
        FirstLayerFilters current = filters;
        if (current == null) {
            return;
        }
        modelLock.lock();
        try {
            filters = current.with(new FilterSnapshot(epoch, Dl4jWeights.convolutionWeights(graph, current.layer())));
        } finally {
            modelLock.unlock();
        }
    }

    /** The snapshots so far; empty before training starts and for a network without a convolution. */
    Optional<FirstLayerFilters> filters() {
        return Optional.ofNullable(filters);
    }
}
