package org.cnnexplorer.dl4j.session;

import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.data.DatasetId;
import org.deeplearning4j.nn.graph.ComputationGraph;

/**
 * Everything a run needs once set up: the graph, the analysis of the network as trained, the
 * data, and where the counting starts (after the epochs and iterations of a resumed run).
 */
record PreparedRun(ComputationGraph graph, NetworkReport report, DatasetId dataset, ImageBatches train,
                   ImageBatches test, ImageBatches trainSample, int firstEpoch, int firstIteration) {
}
