package org.cnnexplorer.io.report;

import static org.cnnexplorer.core.ReportChecks.assertNoNegativeFigure;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.DType;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.io.model.ModelCatalog;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A property over every built-in: at random input sizes (1..4096 per axis) and batch sizes (up to
 * 2^31 - 1), no figure of the report, nor any number of its JSON, is negative. Seeded, so a failure
 * can be replayed; {@code -Dfigures.samples=N} runs more.
 */
class NoNegativeFigureTest {

    private static final int SAMPLES = Integer.getInteger("figures.samples", 30);

    static java.util.List<String> builtIns() {
        return ModelCatalog.IDS;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtIns")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void noFigureIsNegativeAtAnyInputOrBatch(String id) throws Exception {
        NetworkSpec spec = ModelCatalog.load(id);
        Random random = new Random(id.hashCode() * 31L + 11);
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < SAMPLES; i++) {
            Shape input = Shape.of(size(random), size(random), size(random));
            int batch = random.nextBoolean() ? 1 + random.nextInt(Integer.MAX_VALUE) : Integer.MAX_VALUE - i;
            AnalysisSettings settings = AnalysisSettings.defaultsFor(spec).withInput(input).withBatch(batch)
                    .withDtype(DType.values()[random.nextInt(2)])
                    .withOptimizer(Optimizer.values()[random.nextInt(3)]);
            NetworkReport report = NetworkAnalyzer.analyze(spec, settings);
            assertNoNegativeFigure(report);
            assertNoNegativeNumber(json.readTree(ReportFormats.json(report)), id + " at " + input + " batch " + batch);
        }
    }

    private static int size(Random random) {
        return 1 + random.nextInt(4096);
    }

    private static void assertNoNegativeNumber(JsonNode node, String where) {
        if (node.isNumber()) {
            assertFalse(node.asDouble() < 0, where + ": " + node);
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
            assertNoNegativeNumber(children.next(), where);
        }
    }
}
