package org.cnnexplorer.bench;

import java.util.concurrent.TimeUnit;
import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.Conv2dSpec;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.io.model.ModelCatalog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the GUI does on every keystroke: re-analyse a whole built-in network after the input size
 * changed (expansion of every block, shapes, params, MACs, receptive fields, totals and memory).
 * Each call alternates between two input sizes so that nothing can be reused from the last call.
 * Run with {@code bin/bench-analysis}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AnalysisBenchmark {

    @Param({"resnet50", "googlenet"})
    public String model;

    private NetworkSpec spec;
    private AnalysisSettings[] settings;
    private String editedLayer;
    private Conv2dSpec[] edits;
    private int next;

    @Setup
    public void load() throws Exception {
        spec = ModelCatalog.load(model);
        AnalysisSettings defaults = AnalysisSettings.defaultsFor(spec);
        settings = new AnalysisSettings[] {defaults.withInput(Shape.of(3, 256, 256)), defaults};
        boolean resnet = model.equals("resnet50");
        editedLayer = resnet ? "layer3.0.conv2" : "inception4a.branch2.1.conv";
        int filters = resnet ? 256 : 208;
        int stride = resnet ? 2 : 1;
        edits = new Conv2dSpec[] {Conv2dSpec.of(filters, 5, stride, 2, false),
            Conv2dSpec.of(filters, 3, stride, 1, false)};
        for (int i = 0; i < 2; i++) {
            requireValid(NetworkAnalyzer.analyze(spec, settings[i]));
            requireValid(NetworkAnalyzer.analyze(spec.withLayer(editedLayer, edits[i])));
        }
    }

    /** An edit that breaks the network would end the analysis early and flatter the timing. */
    private static void requireValid(NetworkReport report) {
        if (!report.isValid()) {
            throw new IllegalStateException("benchmark setting breaks the network: " + report.problems());
        }
    }

    /** A full re-analysis with a changed input size; returns the report so it is not optimised away. */
    @Benchmark
    public NetworkReport reanalyseAfterInputChange() {
        next ^= 1;
        return NetworkAnalyzer.analyze(spec, settings[next]);
    }

    /** A layer inside a block edited (3x3 <-> 5x5), as in the GUI's layer editor, then a full re-analysis. */
    @Benchmark
    public NetworkReport reanalyseAfterLayerEdit() {
        next ^= 1;
        return NetworkAnalyzer.analyze(spec.withLayer(editedLayer, edits[next]));
    }
}
