package org.cnnexplorer.io.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.io.report.ReportFormats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers that used to mislead: copied cells in a receptive field, unlabelled partial totals, LeNet-5 at 32x32. */
class ReportNumbersTest {

    private static final String ALEXNET_PARTIAL = "partial: layers before pool5 (10 of 22 layers cannot run and are "
            + "not counted)";

    static NetworkReport at(String id, Shape input) throws ModelFileException {
        NetworkSpec spec = ModelCatalog.load(id);
        return NetworkAnalyzer.analyze(spec, AnalysisSettings.defaultsFor(spec).withInput(input).withClasses(10));
    }

    @ParameterizedTest(name = "vgg16 {0} at 3x32x32: receptive field {1}, jump {2}")
    @CsvSource({
        "pool5,   212, 32",
        "avgpool, 212, 32",  // the 7x7 adaptive pool copies pool5's single cell
        "flatten, 212, 32",  // 49 copies of one cell are still one cell: not 212 + 6 x 32 = 404
        "fc6,     212, 32",
        "fc8,     212, 32",
    })
    void anAdaptivePoolThatCopiesACellDoesNotWidenTheReceptiveField(String layer, int size, int jump)
            throws Exception {
        var field = BuiltInNetworksTest.layer(CifarSizedInputTest.cifar("vgg16"), layer).receptiveField();
        assertEquals(size, field.sizeHeight());
        assertEquals(jump, field.jumpHeight());
    }

    @Test
    void totalsOfANetworkThatCannotRunSayTheyArePartialInEveryFormat() throws Exception {
        NetworkReport report = CifarSizedInputTest.cifar("alexnet");
        assertEquals(2_469_696, report.totals().params());
        assertEquals(ALEXNET_PARTIAL, report.partialLabel());
        assertTrue(ReportFormats.table(report).contains("Totals:" + " ".repeat(52) + ALEXNET_PARTIAL + "\n"
                + "Total parameters:"), ReportFormats.table(report));
        assertTrue(ReportFormats.markdown(report).contains("| Totals | " + ALEXNET_PARTIAL + " |"));
        List<String> csv = ReportFormats.csv(report).lines().toList();
        assertEquals(ALEXNET_PARTIAL + ",,,,,,,,,", csv.get(csv.size() - 1));
        JsonNode totals = new ObjectMapper().readTree(ReportFormats.json(report)).get("totals");
        assertTrue(totals.get("partial").asBoolean());
        assertEquals("pool5", totals.get("partialBefore").asText());
        assertEquals(10, totals.get("uncountedLayers").asInt());
    }

    @Test
    void totalsOfANetworkThatRunsAreNotPartial() throws Exception {
        NetworkReport report = CifarSizedInputTest.cifar("vgg16");
        assertFalse(report.isPartial());
        assertEquals("", report.partialLabel());
        assertFalse(ReportFormats.table(report).contains("partial"));
        assertFalse(ReportFormats.csv(report).contains("partial"));
        JsonNode totals = new ObjectMapper().readTree(ReportFormats.json(report)).get("totals");
        assertFalse(totals.get("partial").asBoolean());
        assertFalse(totals.has("partialBefore"));
    }

    @ParameterizedTest(name = "lenet5-32 at {0}: {1} params, C1 {2}, C5 {3}")
    @CsvSource({
        "1x32x32, 61706, 6x28x28, 120x1x1",  // the paper's LeNet-5
        "3x32x32, 62006, 6x28x28, 120x1x1",  // 300 more weights in C1 for 3 channels
    })
    void theThirtyTwoPixelLeNetHasThePapersSizes(String input, long params, String c1, String c5) throws Exception {
        NetworkReport report = at("lenet5-32", Shape.parse(input));
        assertTrue(report.isValid(), report.problems().toString());
        assertEquals(params, report.totals().params());
        assertEquals(c1, BuiltInNetworksTest.layer(report, "c1").output().toString());
        assertEquals(c5, BuiltInNetworksTest.layer(report, "c5").output().toString());
    }

    @Test
    void memoryThatDoesNotFitIsWrittenAsSuchNotAsANegativeNumber() throws Exception {
        NetworkSpec spec = ModelCatalog.load("vgg16");
        NetworkReport report = NetworkAnalyzer.analyze(spec, AnalysisSettings.defaultsFor(spec)
                .withInput(Shape.of(3, 100_000, 100_000)).withBatch(Integer.MAX_VALUE));
        String table = ReportFormats.table(report);
        assertTrue(table.contains("more than 8 EiB"), table);
        assertFalse(table.matches("(?s).*\\s-\\d.*"), table);
        JsonNode root = new ObjectMapper().readTree(ReportFormats.json(report));
        assertTrue(root.get("totals").get("trainingBytes").isNull());
        assertEquals("memory", root.get("problems").get(root.get("problems").size() - 1).get("layer").asText());
    }
}
